package nl.codewijzer.teamday.ui;

import com.vaadin.flow.internal.HtmlUtils;
import java.util.List;

/**
 * A poll's results as horizontal bars, drawn on the server as SVG: one row per option with its
 * label, a bar in proportion to the largest count, the number of votes and the percentage. High
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
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        int height = labels.size() * ROW;
        // room for the longest label (a letter needs little, "Weet niet" more), at about 20 units a character
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        int label = Math.min(MAX_LABEL, 40 + 20 * longest);
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"poll-bars\" viewBox=\"0 0 ")
                .append(label + BAR + 160).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(HtmlUtils.escape(ariaText)).append("\">");
        for (int i = 0; i < labels.size(); i++) {
            int votes = i < counts.size() ? counts.get(i) : 0;
            int y = i * ROW;
            int width = votes == 0 ? 0 : Math.max(6, Math.round((float) BAR * votes / max));
            int percent = total == 0 ? 0 : Math.round(100f * votes / total);
            svg.append("<text x=\"").append(label - 16).append("\" y=\"").append(y + 42)
                    .append("\" text-anchor=\"end\" font-size=\"34\" font-weight=\"700\" fill=\"currentColor\">")
                    .append(HtmlUtils.escape(labels.get(i))).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 10).append("\" width=\"").append(BAR)
                    .append("\" height=\"44\" fill=\"currentColor\" fill-opacity=\"0.12\"/>")
                    .append("<rect class=\"bar\" x=\"").append(label).append("\" y=\"").append(y + 10).append("\" width=\"")
                    .append(width).append("\" height=\"44\" fill=\"#ffd33d\"/>")
                    .append("<text class=\"count\" x=\"").append(label + BAR + 16).append("\" y=\"").append(y + 42)
                    .append("\" font-size=\"34\" font-weight=\"700\" fill=\"currentColor\">").append(votes)
                    .append(" · ").append(percent).append("%</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** "A", "B", … for the options of a multiple-choice poll, whose texts are listed beside the bars. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
