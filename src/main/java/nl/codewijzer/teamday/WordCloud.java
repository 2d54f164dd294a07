package nl.codewijzer.teamday;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * The most frequent words of a poll's open answers, for the word list on the projector, the console,
 * the phones and in the minutes. A word counts once per answer (in how many answers it occurs, so
 * one colleague typing "weekend weekend weekend" does not fill the cloud), case does not matter,
 * Dutch stop words ("de", "het", "een", "niet" ...) and single letters are left out. Hidden answers
 * are never passed in.
 */
public record WordCloud(List<Word> words) {

    /** How many words the cloud shows at most. */
    public static final int MAX_WORDS = 30;

    /**
     * Words that fill open answers without saying anything ("we", "wij", "jullie", "gewoon", "wel" ...)
     * and are not in the Snowball list.
     */
    static final Set<String> MORE_STOP_WORDS = Set.of("we", "wij", "jullie", "gewoon", "wel", "hen", "mag",
            "zoals", "heel", "erg", "bv", "etc");

    /**
     * Dutch stop words: the Snowball list for Dutch as Lucene ships it ({@code DutchAnalyzer}'s default
     * stop set, "de", "het", "een", "niet" ...; decision 0047), plus {@link #MORE_STOP_WORDS}. Read once
     * into a plain set: counting then looks words up without Lucene.
     */
    static final Set<String> STOP_WORDS = stopWords();

    private static Set<String> stopWords() {
        var words = new HashSet<String>(MORE_STOP_WORDS);
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            // a CharArraySet hands out its words as char arrays
            words.add(word instanceof char[] chars ? new String(chars) : String.valueOf(word));
        }
        return Set.copyOf(words);
    }

    private static final Locale DUTCH = Locale.of("nl");

    public WordCloud {
        words = List.copyOf(words);
    }

    /** A word and in how many answers it occurs. */
    public record Word(String text, int count) {
    }

    /** The at most {@code limit} most frequent words; equal counts in alphabetical order. */
    public static WordCloud of(List<String> answers, int limit) {
        var counts = new HashMap<String, Integer>();
        var seen = new HashSet<String>();
        for (var answer : answers) {
            seen.clear();
            for (var word : words(answer)) {
                if (seen.add(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        var words = new ArrayList<Word>(counts.size());
        counts.forEach((text, count) -> words.add(new Word(text, count)));
        words.sort(Comparator.comparingInt(Word::count).reversed().thenComparing(Word::text));
        return new WordCloud(words.subList(0, Math.min(limit, words.size())));
    }

    public static WordCloud of(List<String> answers) {
        return of(answers, MAX_WORDS);
    }

    /**
     * The words of one answer, lower case, without stop words: runs of letters and digits, joined by
     * a hyphen or an apostrophe inside a word ("whatsapp-groep", "auto's").
     */
    static List<String> words(String answer) {
        var result = new ArrayList<String>();
        int length = answer.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(answer.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && (Character.isLetterOrDigit(answer.charAt(i))
                    || (isJoiner(answer.charAt(i)) && i + 1 < length && Character.isLetterOrDigit(answer.charAt(i + 1))
                            && i > start))) {
                i++;
            }
            if (i > start) {
                var word = answer.substring(start, i).toLowerCase(DUTCH);
                if (word.codePointCount(0, word.length()) > 1 && !STOP_WORDS.contains(word)
                        && word.chars().anyMatch(Character::isLetter)) {
                    result.add(word);
                }
            }
        }
        return result;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** The highest count (the biggest word); 0 when empty. */
    public int maxCount() {
        return words.isEmpty() ? 0 : words.get(0).count();
    }
}
