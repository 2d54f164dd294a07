package nl.codewijzer.teamday.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewijzer.teamday.BordaRanking;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.PollState.NamedVote;
import nl.codewijzer.teamday.PollState.OpenAnswer;
import nl.codewijzer.teamday.WordCloud;
import nl.codewijzer.teamday.PollStatus;
import nl.codewijzer.teamday.VoteOrigin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private final AsyncWindowRepository windows;
    private final Clock clock;

    PollLedger(MeetingPollRepository polls, PollSecretRepository secrets, PollVoteRepository votes,
            AsyncWindowRepository windows, Clock clock) {
        this.polls = polls;
        this.secrets = secrets;
        this.votes = votes;
        this.windows = windows;
        this.clock = clock;
    }

    /**
     * Loads the word cloud's stop words (Lucene's list, decision 0047) once the app is up, on a thread
     * of its own: otherwise the first open question after a start would wait about half a second for it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpWordCloud() {
        Thread.ofVirtual().name("word-cloud-warm-up").start(() -> WordCloud.of(List.of("teamdag")));
    }

    /**
     * The poll as this caller may see it.
     *
     * @param facilitator whether the caller runs meetings: they see counts before the reveal
     * @param personId    the caller, to find their own vote; null for nobody in particular
     */
    public PollState state(MeetingPoll poll, boolean facilitator, @Nullable Long personId) {
        boolean results = facilitator || poll.revealed();
        var counts = results ? tally(poll) : null;
        // a ranking's counts are points, not votes; an open question has no options to count
        int voters = counts == null || poll.kind() == PollKind.RANGORDE || poll.kind() == PollKind.OPEN_VRAAG
                ? votes.voters(poll.id()) : counts.stream().mapToInt(Integer::intValue).sum();
        Integer mine = null;
        List<Integer> myRanking = List.of();
        String myAnswer = null;
        if (personId != null) {
            var key = voterKey(poll, personId);
            var vote = key == null ? Optional.<PollVote>empty() : votes.byVoter(poll.id(), key);
            if (vote.isPresent()) {
                mine = vote.get().choice();
                myRanking = vote.get().ranking();
                myAnswer = vote.get().answer();
            }
        }
        var answers = List.<OpenAnswer>of();
        WordCloud cloud = null;
        int hidden = 0;
        int held = 0;
        if (poll.kind() == PollKind.OPEN_VRAAG && results) {
            var rows = votes.answers(poll.id());
            // a held asynchronous answer counts as neither shown nor hidden until it is released
            held = (int) rows.stream().filter(PollVote::held).count();
            hidden = (int) rows.stream().filter(vote -> vote.hidden() && !vote.held()).count();
            cloud = WordCloud.of(rows.stream().filter(vote -> !vote.hidden() && !vote.held())
                    .map(vote -> String.valueOf(vote.answer())).toList());
            if (facilitator) {
                answers = rows.stream().map(vote -> new OpenAnswer(vote.id(), String.valueOf(vote.answer()),
                        vote.hidden(), vote.held())).toList();
            }
        }
        var named = facilitator && !poll.anonymous() && poll.kind() != PollKind.OPEN_VRAAG
                ? votes.named(poll.id()).stream().map(vote -> new NamedVote(String.valueOf(vote.personName()),
                        vote.choice(), vote.ranking())).toList()
                : List.<NamedVote>of();
        return new PollState(poll.id(), poll.itemId(), poll.kind(), poll.question(), poll.options(), poll.anonymous(),
                poll.status(), poll.revealed(), voters, counts, mine, myRanking, named, answers, cloud, hidden,
                myAnswer, held);
    }

    /** The item's polls as this caller may see them, newest first (see {@link #state}). */
    public List<PollState> statesOfItem(long itemId, boolean facilitator, @Nullable Long personId) {
        return polls.forItemNewestFirst(itemId).stream().map(poll -> state(poll, facilitator, personId)).toList();
    }

    /** Votes per option, in option order; for a ranking poll its Borda points per option. */
    public List<Integer> tally(MeetingPoll poll) {
        if (poll.kind() == PollKind.RANGORDE) {
            return borda(poll, votes.rankings(poll.id()));
        }
        var counts = noVotes(poll);
        for (var row : votes.countsByChoice(poll.id())) {
            count(counts, row[0], row[1]);
        }
        return counts;
    }

    /**
     * Votes per option (Borda points for a ranking poll) of the live votes and of the asynchronous
     * ones, each in option order, with how many voted in each (decision 0051).
     */
    public Split split(MeetingPoll poll) {
        var live = noVotes(poll);
        var async = noVotes(poll);
        int liveVoters = 0;
        int asyncVoters = 0;
        for (var row : votes.countsByOriginAndChoice(poll.id())) {
            boolean isAsync = VoteOrigin.ASYNC.name().equals(String.valueOf(row[0]));
            count(isAsync ? async : live, row[1], row[2]);
            int number = ((Number) row[2]).intValue();
            if (isAsync) {
                asyncVoters += number;
            } else {
                liveVoters += number;
            }
        }
        if (poll.kind() == PollKind.RANGORDE) {
            var liveBallots = new ArrayList<String>();
            var asyncBallots = new ArrayList<String>();
            for (var row : votes.rankingsWithOrigin(poll.id())) {
                boolean isAsync = VoteOrigin.ASYNC.name().equals(String.valueOf(row[0]));
                (isAsync ? asyncBallots : liveBallots).add((String) row[1]);
            }
            live = borda(poll, liveBallots);
            async = borda(poll, asyncBallots);
        }
        return new Split(live, liveVoters, async, asyncVoters);
    }

    /** A poll's result split by origin: counts per option and voters, live and asynchronous. */
    public record Split(List<Integer> live, int liveVoters, List<Integer> async, int asyncVoters) {

        public Split {
            live = List.copyOf(live);
            async = List.copyOf(async);
        }
    }

    /**
     * One poll's result: votes per option (Borda points for a ranking poll) and how many voted; for an
     * open question the answers that are neither hidden nor held (alphabetical), how many were hidden,
     * how many asynchronous answers still wait for release ({@code held}) and how many were released
     * into the answers ({@code released}, decision 0051).
     */
    public record Tally(List<Integer> counts, int voters, List<String> answers, int hidden, int held, int released) {

        public Tally {
            counts = List.copyOf(counts);
            answers = List.copyOf(answers);
        }

        public Tally(List<Integer> counts, int voters) {
            this(counts, voters, List.of(), 0, 0, 0);
        }
    }

    /**
     * The result of each of the meeting's polls, by poll id: one query for the votes however many
     * polls it had, one more for the ballots when it had a ranking poll and one for the answers when it
     * had an open question.
     */
    public Map<Long, Tally> tallies(long meetingId, List<MeetingPoll> meetingPolls) {
        var counts = new HashMap<Long, List<Integer>>();
        meetingPolls.forEach(poll -> counts.put(poll.id(), noVotes(poll)));
        for (var row : votes.countsByPollAndChoice(meetingId)) {
            var pollCounts = counts.get(((Number) row[0]).longValue());
            if (pollCounts != null) {
                count(pollCounts, row[1], row[2]);
            }
        }
        var ballots = new HashMap<Long, List<String>>();
        if (meetingPolls.stream().anyMatch(poll -> poll.kind() == PollKind.RANGORDE)) {
            for (var row : votes.rankingsOfMeeting(meetingId)) {
                ballots.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
            }
        }
        var shown = new HashMap<Long, List<String>>();
        var hidden = new HashMap<Long, Integer>();
        var held = new HashMap<Long, Integer>();
        var released = new HashMap<Long, Integer>();
        if (meetingPolls.stream().anyMatch(poll -> poll.kind() == PollKind.OPEN_VRAAG)) {
            for (var row : votes.answersOfMeeting(meetingId)) {
                long pollId = ((Number) row[0]).longValue();
                if (Boolean.TRUE.equals(row[3])) {
                    held.merge(pollId, 1, Integer::sum);
                } else if (Boolean.TRUE.equals(row[2])) {
                    hidden.merge(pollId, 1, Integer::sum);
                } else {
                    shown.computeIfAbsent(pollId, id -> new ArrayList<>()).add((String) row[1]);
                    if (VoteOrigin.ASYNC.name().equals(String.valueOf(row[4]))) {
                        released.merge(pollId, 1, Integer::sum);
                    }
                }
            }
        }
        var tallies = new HashMap<Long, Tally>();
        for (var poll : meetingPolls) {
            if (poll.kind() == PollKind.OPEN_VRAAG) {
                var answers = shown.getOrDefault(poll.id(), List.of());
                int hiddenCount = hidden.getOrDefault(poll.id(), 0);
                int heldCount = held.getOrDefault(poll.id(), 0);
                tallies.put(poll.id(), new Tally(List.of(), answers.size() + hiddenCount + heldCount, answers,
                        hiddenCount, heldCount, released.getOrDefault(poll.id(), 0)));
                continue;
            }
            var pollCounts = counts.getOrDefault(poll.id(), List.of());
            // one row per voter, and a ranking's row counts its first preference: the sum is who voted
            int voters = pollCounts.stream().mapToInt(Integer::intValue).sum();
            tallies.put(poll.id(), new Tally(poll.kind() == PollKind.RANGORDE
                    ? borda(poll, ballots.getOrDefault(poll.id(), List.of())) : pollCounts, voters));
        }
        return tallies;
    }

    /** A ranking poll's Borda points per option, in option order (ballots were checked when cast). */
    private static List<Integer> borda(MeetingPoll poll, List<String> ballots) {
        return BordaRanking.count(poll.options().size(), ballots.stream().map(PollVote::parse).toList())
                .pointsPerOption();
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
     * an anonymous one. Null when it can no longer be computed: the anonymous poll closed and no
     * asynchronous window of its meeting is still ahead (its key is gone, or about to be).
     */
    public @Nullable String voterKey(MeetingPoll poll, long personId) {
        if (!poll.anonymous()) {
            return VoterKeys.named(personId);
        }
        if (poll.status() != PollStatus.OPEN && !windowPending(poll.meetingId(), clock.instant())) {
            return null;
        }
        return secrets.findById(poll.id()).map(secret -> VoterKeys.anonymous(secret.secret(), personId)).orElse(null);
    }

    /**
     * Closes the poll and deletes its key, so anonymous votes can never be tied to anyone again; while
     * an asynchronous window of its meeting is still ahead the key stays until that window ends
     * ({@link #endWindow}, decision 0051).
     */
    public void close(MeetingPoll poll, Instant at) {
        poll.close(at);
        polls.saveAndFlush(poll);
        if (!windowPending(poll.meetingId(), at)) {
            deleteKey(poll.id());
        }
    }

    /**
     * Ends a meeting's asynchronous window: the keys of its closed anonymous polls are deleted. A key
     * of a poll still open live stays until that poll closes.
     */
    public void endWindow(AsyncWindowRow window, Instant at) {
        window.ended(at);
        windows.saveAndFlush(window);
        polls.withStatus(window.meetingId(), PollStatus.GESLOTEN).forEach(poll -> deleteKey(poll.id()));
    }

    private boolean windowPending(long meetingId, Instant at) {
        return windows.findById(meetingId).filter(window -> window.pendingAt(at)).isPresent();
    }

    private void deleteKey(long pollId) {
        if (secrets.existsById(pollId)) {
            secrets.deleteById(pollId);
            secrets.flush();
        }
    }

    /** Closes every open poll of a meeting (the meeting moves on or closes). */
    public List<MeetingPoll> closeOpen(long meetingId, Instant at) {
        var open = polls.withStatus(meetingId, PollStatus.OPEN);
        open.forEach(poll -> close(poll, at));
        return open;
    }
}
