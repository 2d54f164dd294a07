package nl.codewijzer.teamday.ui;

import com.vaadin.flow.internal.HtmlUtils;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.teamday.WordCloud;

/**
 * An open question's word cloud, drawn on the server as SVG like the poll bars: the most frequent
 * words, largest first, in rows that are centred, each word's size in proportion to in how many answers
 * it occurs. Every word is escaped, so whatever a colleague typed is shown as text. The SVG scales to
 * its box (a beamer, the console's column, a 360 px phone); the sentence for screen readers lists the
 * words with their counts.
 */
final class WordCloudSvg {

    static final int WIDTH = 900;
    private static final int SMALLEST = 26;
    private static final int LARGEST = 72;
    private static final int GAP = 22;

    private WordCloudSvg() {
    }

    /** A word placed on the drawing: its baseline's centre and its font size. */
    record Placed(String text, int count, int x, int y, int size) {
    }

    /**
     * @param ariaText a sentence for screen readers that says the same as the cloud (see {@link #words})
     */
    static String svg(WordCloud cloud, String ariaText) {
        var placed = layout(cloud);
        int height = placed.isEmpty() ? 10 : placed.getLast().y() + placed.getLast().size() / 3 + 8;
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"word-cloud\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(PollBars.attribute(ariaText)).append("\">");
        int max = cloud.maxCount();
        for (var word : placed) {
            // the most frequent words strongest; the rest lighter but still high contrast
            boolean top = word.count() == max;
            svg.append("<text class=\"word\" data-count=\"").append(word.count()).append("\" x=\"").append(word.x())
                    .append("\" y=\"").append(word.y()).append("\" text-anchor=\"middle\" font-size=\"")
                    .append(word.size()).append("\" font-weight=\"").append(top ? 800 : 600)
                    .append("\" fill=\"currentColor\"").append(top ? "" : " fill-opacity=\"0.85\"").append('>')
                    .append(HtmlUtils.escape(word.text())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** "3 stemmen" for a poll, "3 antwoorden" for an open question. */
    static String votersKey(nl.codewijzer.teamday.PollKind kind) {
        return kind == nl.codewijzer.teamday.PollKind.OPEN_VRAAG ? "teamday.poll.answers" : "teamday.poll.voters";
    }

    /** The words with their counts, for screen readers and as the plain list beside the cloud. */
    static String words(WordCloud cloud) {
        var text = new StringBuilder();
        for (var word : cloud.words()) {
            text.append(text.isEmpty() ? "" : ", ").append(word.text()).append(" (").append(word.count()).append(')');
        }
        return text.toString();
    }

    /** Rows of words, most frequent first, each row centred; a word too wide for the row is made smaller. */
    static List<Placed> layout(WordCloud cloud) {
        int max = cloud.maxCount();
        int min = cloud.words().isEmpty() ? 0 : cloud.words().getLast().count();
        var placed = new ArrayList<Placed>();
        var row = new ArrayList<Placed>();
        int rowWidth = 0;
        int rowSize = 0;
        int top = 0;
        for (var word : cloud.words()) {
            int size = max == min ? (SMALLEST + LARGEST) / 2
                    : SMALLEST + Math.round((float) (LARGEST - SMALLEST) * (word.count() - min) / (max - min));
            // a very long word is made smaller until it fits the width on its own
            int chars = Math.max(1, word.text().codePointCount(0, word.text().length()));
            size = Math.max(8, Math.min(size, (int) (WIDTH / (chars * 0.62f))));
            int width = width(word.text(), size);
            if (!row.isEmpty() && rowWidth + GAP + width > WIDTH) {
                top = place(placed, row, rowWidth, rowSize, top);
                row.clear();
                rowWidth = 0;
                rowSize = 0;
            }
            rowWidth += (row.isEmpty() ? 0 : GAP) + width;
            rowSize = Math.max(rowSize, size);
            row.add(new Placed(word.text(), word.count(), width, 0, size));
        }
        if (!row.isEmpty()) {
            place(placed, row, rowWidth, rowSize, top);
        }
        return placed;
    }

    /** Centres a row (each Placed's x holds its width until here); returns the top of the next row. */
    private static int place(List<Placed> placed, List<Placed> row, int rowWidth, int rowSize, int top) {
        int baseline = top + Math.round(rowSize * 1.05f);
        int x = Math.max(0, (WIDTH - rowWidth) / 2);
        for (var word : row) {
            placed.add(new Placed(word.text(), word.count(), x + word.x() / 2, baseline, word.size()));
            x += word.x() + GAP;
        }
        return baseline + Math.round(rowSize * 0.3f);
    }

    /** About how wide a bold word is: 0.62 of the font size a character. */
    private static int width(String text, int size) {
        return Math.round(text.codePointCount(0, text.length()) * size * 0.62f);
    }
}
