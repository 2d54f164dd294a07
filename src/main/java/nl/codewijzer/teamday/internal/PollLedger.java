package nl.codewijzer.teamday.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.PollState.NamedVote;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads and closes polls for both team day services: what a caller may see of a poll (counts only
 * for facilitators until it is revealed), the tally, and closing, which deletes an anonymous poll's
 * key. Callers run it inside their transaction.
 */
@Component
public class PollLedger {

    private final MeetingPollRepository polls;
    private final PollSecretRepository secrets;
    private final PollVoteRepository votes;

    PollLedger(MeetingPollRepository polls, PollSecretRepository secrets, PollVoteRepository votes) {
        this.polls = polls;
        this.secrets = secrets;
        this.votes = votes;
    }

    /**
     * The poll as this caller may see it.
     *
     * @param facilitator whether the caller runs meetings: they see counts before the reveal
     * @param personId    the caller, to find their own vote; null for nobody in particular
     */
    public PollState state(MeetingPoll poll, boolean facilitator, @Nullable Long personId) {
        var counts = facilitator || poll.revealed() ? tally(poll) : null;
        int voters = counts == null ? votes.voters(poll.id()) : counts.stream().mapToInt(Integer::intValue).sum();
        Integer mine = null;
        if (personId != null) {
            var key = voterKey(poll, personId);
            if (key != null) {
                mine = votes.byVoter(poll.id(), key).map(PollVote::choice).orElse(null);
            }
        }
        var named = facilitator && !poll.anonymous()
                ? votes.named(poll.id()).stream().map(vote -> new NamedVote(String.valueOf(vote.personName()), vote.choice()))
                        .toList()
                : List.<NamedVote>of();
        return new PollState(poll.id(), poll.itemId(), poll.kind(), poll.question(), poll.options(), poll.anonymous(),
                poll.status(), poll.revealed(), voters, counts, mine, named);
    }

    /** The item's polls as this caller may see them, newest first (see {@link #state}). */
    public List<PollState> statesOfItem(long itemId, boolean facilitator, @Nullable Long personId) {
        return polls.forItemNewestFirst(itemId).stream().map(poll -> state(poll, facilitator, personId)).toList();
    }

    /** Votes per option, in option order. */
    public List<Integer> tally(MeetingPoll poll) {
        var counts = noVotes(poll);
        for (var row : votes.countsByChoice(poll.id())) {
            count(counts, row[0], row[1]);
        }
        return counts;
    }

    /** Votes per option of each of the meeting's polls, by poll id: one query however many polls it had. */
    public Map<Long, List<Integer>> tallies(long meetingId, List<MeetingPoll> meetingPolls) {
        var tallies = new HashMap<Long, List<Integer>>();
        meetingPolls.forEach(poll -> tallies.put(poll.id(), noVotes(poll)));
        for (var row : votes.countsByPollAndChoice(meetingId)) {
            var counts = tallies.get(((Number) row[0]).longValue());
            if (counts != null) {
                count(counts, row[1], row[2]);
            }
        }
        return tallies;
    }

    private static List<Integer> noVotes(MeetingPoll poll) {
        return new ArrayList<>(Collections.nCopies(poll.options().size(), 0));
    }

    /** Puts one (choice, count) row of a count query into the counts per option. */
    private static void count(List<Integer> counts, Object choice, Object number) {
        int option = ((Number) choice).intValue();
        if (option >= 0 && option < counts.size()) {
            counts.set(option, ((Number) number).intValue());
        }
    }

    /**
     * The key under which this person's vote is stored: their id in a named poll, the keyed hash in
     * an anonymous one. Null when it can no longer be computed: the anonymous poll closed.
     */
    public @Nullable String voterKey(MeetingPoll poll, long personId) {
        if (!poll.anonymous()) {
            return VoterKeys.named(personId);
        }
        return secrets.findById(poll.id()).map(secret -> VoterKeys.anonymous(secret.secret(), personId)).orElse(null);
    }

    /** Closes the poll for good and deletes its key, so anonymous votes can never be tied to anyone again. */
    public void close(MeetingPoll poll, Instant at) {
        poll.close(at);
        polls.saveAndFlush(poll);
        if (secrets.existsById(poll.id())) {
            secrets.deleteById(poll.id());
            secrets.flush();
        }
    }

    /** Closes every open poll of a meeting (the meeting moves on or closes). */
    public List<MeetingPoll> closeOpen(long meetingId, Instant at) {
        var open = polls.withStatus(meetingId, nl.codewijzer.teamday.PollStatus.OPEN);
        open.forEach(poll -> close(poll, at));
        return open;
    }
}
