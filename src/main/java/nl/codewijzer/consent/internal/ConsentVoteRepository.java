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
}
