package nl.codewijzer.consent.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentVoteRepository extends JpaRepository<ConsentVote, Long> {

    @Query("select v from ConsentVote v where v.roundId = :roundId")
    List<ConsentVote> forRound(long roundId);

    @Query("select v from ConsentVote v where v.roundId = :roundId and v.personId = :personId")
    Optional<ConsentVote> byPerson(long roundId, long personId);

    /** A person's votes in rounds that name votes; votes the reglement keeps to counts stay out. */
    @Query("""
            select new nl.codewijzer.consent.internal.OwnVote(r.id, r.codeTitle, r.versionNumber, v.choice,
                v.motivation, v.castAt)
            from ConsentVote v, ConsentRound r
            where r.id = v.roundId and v.personId = :personId and r.votesByName = true
            order by v.castAt""")
    List<OwnVote> namedVotesOf(long personId);
}
