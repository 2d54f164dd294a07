package nl.codewijzer.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.pdf.TitleField;

/**
 * The top of page 1: the title in large type, the fields under it in two columns (label, value)
 * and a rule that separates them from the body.
 */
final class TitleBlock {

    private static final float TITLE_SIZE = 22f;
    private static final float LABEL_SIZE = 9f;
    private static final float VALUE_SIZE = 10f;
    private static final float MIN_VALUE_SIZE = 7f;
    private static final float LABEL_GAP = 12f;
    private static final float MAX_LABEL_SHARE = 0.35f;

    private TitleBlock() {
    }

    static void layout(String title, List<TitleField> fields, Flow flow, float left, float width) {
        var titleStyle = Style.of(FontFace.BOLD, TITLE_SIZE, Palette.HEADING);
        var titleLines = new ArrayList<TextLine>();
        for (var line : TextLayout.wrap(runs(title, titleStyle), width)) {
            titleLines.add(TextLine.of(line, left, TITLE_SIZE * 1.2f));
        }
        flow.addLines(titleLines, List.of(), true);
        flow.space(12);
        if (!fields.isEmpty()) {
            fields(fields, flow, left, width);
            flow.space(8);
        }
        flow.add(new Rule(left, width, 1.2f, 1.2f, Palette.HEADING), List.of(), false, null);
        flow.space(14);
    }

    private static void fields(List<TitleField> fields, Flow flow, float left, float width) {
        var labelStyle = Style.of(FontFace.BOLD, LABEL_SIZE, Palette.MUTED);
        float labelWidth = 0;
        for (var field : fields) {
            labelWidth = Math.max(labelWidth, labelStyle.width(labelStyle.face().printable(field.label())));
        }
        float labelColumn = Math.min(labelWidth + LABEL_GAP, width * MAX_LABEL_SHARE);
        float valueWidth = width - labelColumn;
        float lineHeight = VALUE_SIZE * 1.35f;
        for (var field : fields) {
            var label = TextLayout.wrap(runs(field.label(), labelStyle), labelColumn - LABEL_GAP);
            var value = TextLayout.wrap(runs(field.value(), valueStyle(field.value(), valueWidth)), valueWidth);
            // The block stays together: a title page should not end in half its fields.
            flow.add(new FieldRow(label, left, value, left + labelColumn, lineHeight), List.of(), true, null);
        }
    }

    /**
     * A value of one long word (a SHA-256 hash) is set smaller until it fits on one line, so it can
     * still be read and compared in one piece; below a minimum size it wraps instead.
     */
    private static Style valueStyle(String value, float available) {
        var style = Style.of(FontFace.REGULAR, VALUE_SIZE, Palette.TEXT);
        var text = style.face().printable(value.strip());
        if (text.indexOf(' ') >= 0) {
            return style;
        }
        float natural = style.width(text);
        if (natural <= available) {
            return style;
        }
        return style.sized(Math.max(MIN_VALUE_SIZE, (float) Math.floor(VALUE_SIZE * available / natural * 10) / 10));
    }

    private static List<Run> runs(String text, Style style) {
        var inline = new InlineText();
        inline.addText(text, style);
        return inline.finish();
    }
}
