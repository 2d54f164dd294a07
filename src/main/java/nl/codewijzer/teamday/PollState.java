package nl.codewijzer.teamday;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A poll as the caller may see it.
 *
 * @param voters    how many people voted so far (always shown: it says nothing about the result)
 * @param counts    votes per option in option order; for a ranking poll its Borda points per option;
 *                  null while the results are hidden from the caller (everyone but the facilitators,
 *                  until the poll is revealed)
 * @param myChoice  the caller's own vote (an option index; a ranking's first preference), if they
 *                  voted and it can still be told (not for an anonymous poll once closed: its key is gone)
 * @param myRanking the caller's own ranking ballot, most preferred first; empty when there is none to tell
 * @param named     for a named poll and a facilitator: who voted what; empty otherwise (and always
 *                  for an open question: its answers are moderated as texts, not listed by name)
 * @param answers   an open question's answers for a facilitator, hidden ones included, in alphabetical
 *                  order (not the order they came in); empty for everyone else and other polls
 * @param cloud     an open question's word cloud over the answers that are not hidden, for whoever may
 *                  see the results (as {@code counts}); null otherwise
 * @param hiddenAnswers how many of an open question's answers the facilitator hid (0 while the results
 *                  are hidden from the caller); held answers not included
 * @param myAnswer  the caller's own answer to an open question, if it can still be told
 * @param heldAnswers how many asynchronous answers wait for the facilitator's release (0 while the
 *                  results are hidden from the caller): not in the word cloud yet
 */
public record PollState(long id, long itemId, PollKind kind, String question, List<String> options,
        boolean anonymous, PollStatus status, boolean revealed, int voters, @Nullable List<Integer> counts,
        @Nullable Integer myChoice, List<Integer> myRanking, List<NamedVote> named, List<OpenAnswer> answers,
        @Nullable WordCloud cloud, int hiddenAnswers, @Nullable String myAnswer, int heldAnswers) {

    public PollState {
        options = List.copyOf(options);
        counts = counts == null ? null : List.copyOf(counts);
        myRanking = List.copyOf(myRanking);
        named = List.copyOf(named);
        answers = List.copyOf(answers);
    }

    /**
     * One answer to an open question, as the facilitator moderates it.
     *
     * @param held an asynchronous answer not yet released (decision 0051)
     */
    public record OpenAnswer(long id, String text, boolean hidden, boolean held) {
    }

    /**
     * Answer {@code i} as {@code words} say it: a statement's and a scale's answers in the reader's language
     * ({@link StandardAnswers}), any other answer as the facilitator typed it.
     */
    public String option(MedianText.Words words, int i) {
        return StandardAnswers.shown(words, kind, i, options.get(i));
    }

    /** All answers as {@code words} say them, in option order (see {@link #option(MedianText.Words, int)}). */
    public List<String> options(MedianText.Words words) {
        return StandardAnswers.shown(words, kind, options);
    }

    /** How many answers count (neither hidden nor held): the number the word cloud is made of. */
    public int shownAnswers() {
        return voters - hiddenAnswers - heldAnswers;
    }

    /** For a ranking poll whose results the caller may see: the options by Borda points, most first. */
    public Optional<BordaRanking> ranking() {
        return kind == PollKind.RANGORDE && counts != null ? Optional.of(BordaRanking.ofPoints(counts))
                : Optional.empty();
    }

    /** For a scale poll whose results the caller may see: the distribution and median. */
    public Optional<ScaleResult> scale() {
        return kind == PollKind.SCHAAL && counts != null ? Optional.of(new ScaleResult(counts)) : Optional.empty();
    }

    public boolean isOpen() {
        return status == PollStatus.OPEN;
    }

    /**
     * One vote in a named poll: the voter and the option they chose.
     *
     * @param ranking a ranking poll's ballot, most preferred first; empty for other polls
     */
    public record NamedVote(String name, int choice, List<Integer> ranking) {

        public NamedVote {
            ranking = List.copyOf(ranking);
        }

        public NamedVote(String name, int choice) {
            this(name, choice, List.of());
        }
    }
}
