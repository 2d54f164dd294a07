package nl.codewijzer.codetext;

import com.vaadin.flow.internal.HtmlUtils;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The HTML table of a comparison, side by side or inline, for the compare view, the conflict dialog,
 * the editor's merge help and, in other modules, "what changed since you signed". Cells hold
 * {@link TextDiff}'s HTML, built from escaped text only; the one text of our own (the fold label)
 * is escaped here, so the result can go into a Vaadin {@code Html} as it is. Unchanged lines farther than
 * {@link #CONTEXT_LINES} from a change are folded into one row unless the whole text is asked for.
 */
public final class DiffTable {

    public static final int CONTEXT_LINES = 2;

    public enum Layout { SIDE_BY_SIDE, INLINE }

    private DiffTable() {
    }

    /** {@code foldLabel} gives the text for a fold of n unchanged lines. */
    public static String html(TextDiff.Comparison diff, Layout layout, boolean wholeText, IntFunction<String> foldLabel) {
        var inline = layout == Layout.INLINE;
        var kinds = inline ? diff.inline().stream().map(TextDiff.InlineRow::kind).toList()
                : diff.sideBySide().stream().map(TextDiff.Row::kind).toList();
        var visible = visibleRows(kinds, wholeText);
        int columns = inline ? 1 : 4;
        var html = new StringBuilder("<table class=\"diff ").append(inline ? "inline" : "side-by-side").append("\"><tbody>");
        int hidden = 0;
        for (int i = 0; i < kinds.size(); i++) {
            if (!visible[i]) {
                hidden++;
                continue;
            }
            if (hidden > 0) {
                appendFold(html, foldLabel.apply(hidden), columns);
                hidden = 0;
            }
            html.append("<tr class=\"").append(kinds.get(i).name().toLowerCase(Locale.ROOT)).append("\">");
            if (inline) {
                html.append("<td>").append(diff.inline().get(i).html()).append("</td>");
            } else {
                var row = diff.sideBySide().get(i);
                html.append("<td class=\"ln\">").append(row.oldLine() == null ? "" : row.oldLine()).append("</td>")
                        .append("<td class=\"old\">").append(row.oldHtml()).append("</td>")
                        .append("<td class=\"ln\">").append(row.newLine() == null ? "" : row.newLine()).append("</td>")
                        .append("<td class=\"new\">").append(row.newHtml()).append("</td>");
            }
            html.append("</tr>");
        }
        if (hidden > 0) {
            appendFold(html, foldLabel.apply(hidden), columns);
        }
        return html.append("</tbody></table>").toString();
    }

    private static boolean[] visibleRows(List<TextDiff.Kind> kinds, boolean wholeText) {
        var visible = new boolean[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            if (wholeText || kinds.get(i) != TextDiff.Kind.UNCHANGED) {
                for (int j = Math.max(0, i - CONTEXT_LINES); j <= Math.min(kinds.size() - 1, i + CONTEXT_LINES); j++) {
                    visible[j] = true;
                }
            }
        }
        return visible;
    }

    private static void appendFold(StringBuilder html, String label, int columns) {
        html.append("<tr class=\"fold\"><td colspan=\"").append(columns).append("\">")
                .append(HtmlUtils.escape(label)).append("</td></tr>");
    }
}
