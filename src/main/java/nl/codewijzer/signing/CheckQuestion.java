package nl.codewijzer.signing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One scenario question of an understanding check as the coördinator edits it (decision 0043).
 *
 * @param options     the answers in order, two to four
 * @param rightOption the right answer, 1-based; null while none is marked (refused on saving)
 * @param article     the level-2 heading of the article the question comes from
 */
public record CheckQuestion(String question, List<String> options, @Nullable Integer rightOption, String explanation,
        String article) {

    public CheckQuestion {
        options = List.copyOf(options);
    }
}
