package nl.codewijzer.teamday.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PollVoteRepository extends JpaRepository<PollVote, Long> {

    @Query("select v from PollVote v where v.pollId = :pollId and v.voterKey = :voterKey")
    Optional<PollVote> byVoter(long pollId, String voterKey);

    /** Votes per option: pairs of (choice, count). */
    @Query("select v.choice, count(v) from PollVote v where v.pollId = :pollId group by v.choice")
    List<Object[]> countsByChoice(long pollId);

    /** Votes per option of every poll of a meeting: triples of (poll id, choice, count). */
    @Query("""
            select v.pollId, v.choice, count(v) from PollVote v
            where v.pollId in (select p.id from MeetingPoll p where p.meetingId = :meetingId)
            group by v.pollId, v.choice""")
    List<Object[]> countsByPollAndChoice(long meetingId);

    /** Votes per origin and option: triples of (origin, choice, count). */
    @Query("select v.origin, v.choice, count(v) from PollVote v where v.pollId = :pollId group by v.origin, v.choice")
    List<Object[]> countsByOriginAndChoice(long pollId);

    /** A ranking poll's ballots with their origin: pairs of (origin, ballot). */
    @Query("select v.origin, v.ranking from PollVote v where v.pollId = :pollId and v.ranking is not null")
    List<Object[]> rankingsWithOrigin(long pollId);

    /** A ranking poll's ballots, as stored ("2,0,1"). */
    @Query("select v.ranking from PollVote v where v.pollId = :pollId and v.ranking is not null")
    List<String> rankings(long pollId);

    /** The ranking ballots of every poll of a meeting: pairs of (poll id, ballot). */
    @Query("""
            select v.pollId, v.ranking from PollVote v
            where v.pollId in (select p.id from MeetingPoll p where p.meetingId = :meetingId) and v.ranking is not null""")
    List<Object[]> rankingsOfMeeting(long meetingId);

    /** An open question's answers, hidden ones included, in alphabetical order (not the order they came in). */
    @Query("select v from PollVote v where v.pollId = :pollId and v.answer is not null order by lower(v.answer), v.id")
    List<PollVote> answers(long pollId);

    /**
     * The answers to every open question of a meeting: rows of (poll id, answer, hidden, held, origin),
     * alphabetical.
     */
    @Query("""
            select v.pollId, v.answer, v.hidden, v.held, v.origin from PollVote v
            where v.pollId in (select p.id from MeetingPoll p where p.meetingId = :meetingId) and v.answer is not null
            order by lower(v.answer), v.id""")
    List<Object[]> answersOfMeeting(long meetingId);

    @Query("select count(v) from PollVote v where v.pollId = :pollId")
    int voters(long pollId);

    /** A poll's answers held for the facilitator's release, alphabetical. */
    @Query("select v from PollVote v where v.pollId = :pollId and v.held = true order by lower(v.answer), v.id")
    List<PollVote> held(long pollId);

    /** The ids of a meeting's polls with answers held for release, oldest poll first. */
    @Query("""
            select distinct v.pollId from PollVote v
            where v.held = true and v.pollId in (select p.id from MeetingPoll p where p.meetingId = :meetingId)
            order by v.pollId""")
    List<Long> pollsWithHeld(long meetingId);

    @Query("select v from PollVote v where v.pollId = :pollId and v.personId is not null order by v.personName")
    List<PollVote> named(long pollId);
}
