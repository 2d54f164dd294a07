package nl.codewijzer.teamday;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The answers a statement and a scale poll come with, in the reader's language. A poll stores its answers as
 * the meeting showed them, and these were always the Dutch words ("Eens", "Oneens", "Weet niet"; the scale's
 * {@link ScaleResult#LABELS}); stored rows are never rewritten. On display each of them is looked up in the
 * bundle by its place (keys {@code teamday.poll.agree} … and {@code teamday.poll.scale.1} … {@code .5}), so an
 * English screen says "4 · agree" and a Dutch one says what was stored. An answer that is not the Dutch word
 * for its place is shown as stored.
 */
public final class StandardAnswers {

    /** A statement's answers as they are stored: the Dutch words for {@link #STATEMENT_KEYS}. */
    static final List<String> STATEMENT = List.of("Eens", "Oneens", "Weet niet");
    static final List<String> STATEMENT_KEYS = List.of("teamday.poll.agree", "teamday.poll.disagree",
            "teamday.poll.dont-know");
    static final List<String> SCALE_KEYS = IntStream.rangeClosed(1, ScaleResult.LABELS.size())
            .mapToObj(point -> "teamday.poll.scale." + point).toList();

    private StandardAnswers() {
    }

    /** Answer {@code index} of a poll of this kind, stored as {@code stored}, as {@code words} say it. */
    public static String shown(MedianText.Words words, PollKind kind, int index, String stored) {
        return switch (kind) {
            case STELLING -> inBundle(words, STATEMENT, STATEMENT_KEYS, index, stored);
            case SCHAAL -> inBundle(words, ScaleResult.LABELS, SCALE_KEYS, index, stored);
            case MEERKEUZE, RANGORDE, OPEN_VRAAG -> stored;
        };
    }

    /** All answers of a poll of this kind, in option order, as {@code words} say them. */
    public static List<String> shown(MedianText.Words words, PollKind kind, List<String> stored) {
        return IntStream.range(0, stored.size()).mapToObj(i -> shown(words, kind, i, stored.get(i))).toList();
    }

    private static String inBundle(MedianText.Words words, List<String> dutch, List<String> keys, int index,
            String stored) {
        return index < dutch.size() && dutch.get(index).equals(stored) ? words.text(keys.get(index)) : stored;
    }
}
