package nl.codewijzer.teamday.ui;

import com.vaadin.flow.internal.HtmlUtils;
import java.util.List;
import java.util.function.IntFunction;
import nl.codewijzer.teamday.BordaRanking;
import nl.codewijzer.teamday.PollState;

/**
 * A poll's results as horizontal bars, drawn on the server as SVG: one row per option with its
 * label, a bar in proportion to the largest count, the number of votes and the percentage (for a
 * ranking: the options by place, with their points). High
 * contrast and large text, for a beamer; the text is escaped, so any option text is safe.
 */
final class PollBars {

    private static final int ROW = 64;
    private static final int MAX_LABEL = 300;
    private static final int BAR = 560;

    private PollBars() {
    }

    /**
     * @param labels   one label per bar (a letter for a long option, the word for a statement)
     * @param counts   votes per option, in the same order
     * @param ariaText a sentence for screen readers that says the same as the bars
     */
    static String svg(List<String> labels, List<Integer> counts, String ariaText) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        var texts = counts.stream().map(votes -> votes + " · " + (total == 0 ? 0 : Math.round(100f * votes / total)) + "%")
                .toList();
        return bars(labels, counts, texts, ariaText);
    }

    /**
     * A ranking poll's result: its options from first place down, each bar in proportion to the
     * most points, with its points written beside it.
     */
    static String ranking(BordaRanking ranking, IntFunction<String> pointsText, String ariaText) {
        var places = ranking.places();
        var labels = java.util.stream.IntStream.range(0, places.size())
                .mapToObj(i -> (i + 1) + ". " + letter(places.get(i).option())).toList();
        var points = ranking.places().stream().map(BordaRanking.Place::points).toList();
        return bars(labels, points, points.stream().map(pointsText::apply).toList(), ariaText);
    }

    /** A ranking in words, for screen readers: "1. B. Schoolapp, 7 punten; 2. A. …". */
    static String rankingText(PollState poll, BordaRanking ranking, IntFunction<String> pointsText) {
        var places = ranking.places();
        return java.util.stream.IntStream.range(0, places.size()).mapToObj(i -> (i + 1) + ". "
                + letter(places.get(i).option()) + ". " + poll.options().get(places.get(i).option()) + ", "
                + pointsText.apply(places.get(i).points())).collect(java.util.stream.Collectors.joining("; "));
    }

    private static String bars(List<String> labels, List<Integer> values, List<String> texts, String ariaText) {
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        int height = labels.size() * ROW;
        // room for the longest label (a letter needs little, "Weet niet" more), at about 20 units a character
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        int label = Math.min(MAX_LABEL, 40 + 20 * longest);
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"poll-bars\" viewBox=\"0 0 ")
                .append(label + BAR + 160).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(attribute(ariaText)).append("\">");
        for (int i = 0; i < labels.size(); i++) {
            int value = i < values.size() ? values.get(i) : 0;
            int y = i * ROW;
            int width = value == 0 ? 0 : Math.max(6, Math.round((float) BAR * value / max));
            svg.append("<text x=\"").append(label - 16).append("\" y=\"").append(y + 42)
                    .append("\" text-anchor=\"end\" font-size=\"34\" font-weight=\"700\" fill=\"currentColor\">")
                    .append(HtmlUtils.escape(labels.get(i))).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 10).append("\" width=\"").append(BAR)
                    .append("\" height=\"44\" fill=\"currentColor\" fill-opacity=\"0.12\"/>")
                    .append("<rect class=\"bar\" x=\"").append(label).append("\" y=\"").append(y + 10).append("\" width=\"")
                    .append(width).append("\" height=\"44\" fill=\"#ffd33d\"/>")
                    .append("<text class=\"count\" x=\"").append(label + BAR + 16).append("\" y=\"").append(y + 42)
                    .append("\" font-size=\"34\" font-weight=\"700\" fill=\"currentColor\">")
                    .append(HtmlUtils.escape(i < texts.size() ? texts.get(i) : "")).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Text for a double-quoted attribute: HtmlUtils.escape leaves quotes as they are, so an option typed
     * as {@code x" onmouseover="…} would otherwise add an attribute to the drawing.
     */
    static String attribute(String text) {
        return HtmlUtils.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** "A", "B", … for the options of a multiple-choice poll, whose texts are listed beside the bars. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
