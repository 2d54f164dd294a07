package nl.codewijzer.revision;

import java.util.List;
import java.util.Map;

/**
 * The feedback on one article, for the coördinator: counts per kind, how many are still open, the lines.
 *
 * @param lapsed the article is not in the adopted version any more ("vervallen artikel")
 */
public record ArticleFeedbackSummary(String article, boolean lapsed, Map<FeedbackKind, Long> counts, long open,
        List<FeedbackLine> lines) {

    public ArticleFeedbackSummary {
        counts = Map.copyOf(counts);
        lines = List.copyOf(lines);
    }
}
