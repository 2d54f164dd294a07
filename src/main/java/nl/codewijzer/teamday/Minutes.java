package nl.codewijzer.teamday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The minutes (verslag) of a team meeting: who was there and, per agenda item, the polls with
 * their results, the proposals, and what was decided. Built by the meeting service; rendered in the
 * app and as PDF, and the source for turning decisions into a draft.
 *
 * @param date        the day the meeting was held: the day it started or as the coördinator corrected
 *                    it; the planned date only for a meeting that never started
 * @param closedAt    when the meeting was closed; null while it is not closed yet
 * @param facilitator display name of the person who ran the meeting
 * @param attendees   display names, sorted; joined by phone or added by the facilitator
 * @param items       the agenda in meeting order, skipped items included (marked as such)
 * @param asyncParticipants how many staff voted during the asynchronous window (decision 0051)
 * @param asyncWindow whether the meeting had an asynchronous window: then polls show live and
 *                    asynchronous results apart
 */
public record Minutes(long meetingId, long codeId, String codeTitle, String title, LocalDate date,
        @Nullable Instant closedAt, String facilitator, List<String> attendees, List<AgendaResult> items,
        int asyncParticipants, boolean asyncWindow) {

    /** Minutes of a meeting without an asynchronous window. */
    public Minutes(long meetingId, long codeId, String codeTitle, String title, LocalDate date,
            @Nullable Instant closedAt, String facilitator, List<String> attendees, List<AgendaResult> items) {
        this(meetingId, codeId, codeTitle, title, date, closedAt, facilitator, attendees, items, 0, false);
    }

    /** How many took part live: the attendance list. */
    public int liveParticipants() {
        return attendees.size();
    }

    /**
     * One agenda item's outcome.
     *
     * @param question     1–5 when the item is one of the code's five checklist questions (the
     *                     section "## N. …" of the code), null for an extra topic
     * @param title        the question or topic as shown on the projector
     * @param skipped      the facilitator skipped the item in this meeting
     * @param decisionText the wording that goes into the code ("Onze afspraak"); empty if none
     * @param exceptions   named exceptions, e.g. "behalve tijdens schoolreizen"; empty if none
     */
    public record AgendaResult(int position, @Nullable Integer question, String title, boolean skipped,
            List<PollResult> polls, List<ProposalLine> proposals, DecisionStatus status,
            String decisionText, String rationale, String exceptions, List<FollowUpAction> followUps) {
    }

    /**
     * A poll and its counts. For an anonymous poll only the counts exist.
     *
     * @param counts one entry per option in the poll's order (for a statement: eens, oneens, weet niet);
     *               for a ranking poll the option's Borda points
     * @param voters how many people voted (for an open question: answered, hidden answers included)
     * @param answers an open question's answers that were not hidden, alphabetical, without names;
     *                empty for other polls
     * @param hidden  how many of an open question's answers the facilitator hid (not in the answers,
     *                not in the word cloud)
     * @param asyncCounts the asynchronous part of {@code counts} (votes or Borda points per option, in
     *                    option order); empty when the meeting had no asynchronous window
     * @param asyncVoters how many of {@code voters} voted asynchronously
     * @param held     how many of an open question's asynchronous answers still wait for the facilitator's
     *                 release (not in the answers, not in the word cloud)
     * @param released how many of an open question's asynchronous answers the facilitator released into
     *                 the answers (the ones they hid counted in {@code hidden})
     */
    public record PollResult(String question, PollKind kind, boolean anonymous, List<OptionCount> counts,
            int voters, List<String> answers, int hidden, List<Integer> asyncCounts, int asyncVoters, int held,
            int released) {

        public PollResult {
            counts = List.copyOf(counts);
            answers = List.copyOf(answers);
            asyncCounts = List.copyOf(asyncCounts);
        }

        public PollResult(String question, PollKind kind, boolean anonymous, List<OptionCount> counts, int voters,
                List<String> answers, int hidden) {
            this(question, kind, anonymous, counts, voters, answers, hidden, List.of(), 0, 0, 0);
        }

        public PollResult(String question, PollKind kind, boolean anonymous, List<OptionCount> counts, int voters,
                List<String> answers, int hidden, List<Integer> asyncCounts, int asyncVoters) {
            this(question, kind, anonymous, counts, voters, answers, hidden, asyncCounts, asyncVoters, 0, 0);
        }

        /** Whether an open question had asynchronous answers: then the minutes say how many were released. */
        public boolean asyncAnswers() {
            return kind == PollKind.OPEN_VRAAG && asyncVoters > 0;
        }

        public PollResult(String question, PollKind kind, boolean anonymous, List<OptionCount> counts, int voters) {
            this(question, kind, anonymous, counts, voters, List.of(), 0);
        }

        /** Whether live and asynchronous results are known apart (the meeting had a window; not an open question). */
        public boolean split() {
            return asyncCounts.size() == counts.size() && !counts.isEmpty();
        }

        /** The live votes (or points) of option {@code i}: all of them less the asynchronous ones. */
        public int liveVotes(int i) {
            return counts.get(i).votes() - (split() ? asyncCounts.get(i) : 0);
        }

        /** The asynchronous votes (or points) of option {@code i}. */
        public int asyncVotes(int i) {
            return split() ? asyncCounts.get(i) : 0;
        }

        public int liveVoters() {
            return voters - asyncVoters;
        }

        /** For an open question: the most frequent words of the answers that were not hidden. */
        public Optional<WordCloud> cloud() {
            return kind == PollKind.OPEN_VRAAG ? Optional.of(WordCloud.of(answers)) : Optional.empty();
        }

        /** For a scale poll: its result, with the median. */
        public Optional<ScaleResult> scale() {
            return kind == PollKind.SCHAAL
                    ? Optional.of(new ScaleResult(counts.stream().map(OptionCount::votes).toList()))
                    : Optional.empty();
        }

        /**
         * Option {@code i}'s label as {@code words} say it: a statement's and a scale's answers in the reader's
         * language ({@link StandardAnswers}), any other answer as it was typed.
         */
        public String label(MedianText.Words words, int i) {
            return StandardAnswers.shown(words, kind, i, counts.get(i).label());
        }

        /** The answers' labels in option order, as {@code words} say them (a scale's points, for its median). */
        public List<String> labels(MedianText.Words words) {
            return StandardAnswers.shown(words, kind, counts.stream().map(OptionCount::label).toList());
        }

        /** For a ranking poll: the options by Borda points, most first. */
        public Optional<BordaRanking> ranking() {
            return kind == PollKind.RANGORDE
                    ? Optional.of(BordaRanking.ofPoints(counts.stream().map(OptionCount::votes).toList()))
                    : Optional.empty();
        }
    }

    public record OptionCount(String label, int votes) {
    }

    /** A rule text someone proposed from their phone, in the room or during the asynchronous window. */
    public record ProposalLine(String text, String author, boolean async) {

        public ProposalLine(String text, String author) {
            this(text, author, false);
        }
    }

    /** A follow-up action with its owner and, optionally, a due date. */
    public record FollowUpAction(String action, String owner, @Nullable LocalDate due) {
    }
}
