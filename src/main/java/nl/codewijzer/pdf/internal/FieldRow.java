package nl.codewijzer.pdf.internal;

import java.io.IOException;
import java.util.List;

/** One row of the title block: the label in its column, the value (possibly wrapped) beside it. */
record FieldRow(List<Line> label, float labelX, List<Line> value, float valueX, float lineHeight) implements Drawable {

    static final float PADDING = 2.5f;

    @Override
    public float height() {
        return 2 * PADDING + Math.max(1, Math.max(label.size(), value.size())) * lineHeight;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        drawColumn(canvas, label, labelX, top);
        drawColumn(canvas, value, valueX, top);
    }

    private void drawColumn(Canvas canvas, List<Line> lines, float x, float top) throws IOException {
        float lineTop = top - PADDING;
        for (var line : lines) {
            float size = line.maxSize();
            float leading = (lineHeight - size * (FontFace.ASCENT + FontFace.DESCENT)) / 2;
            canvas.text(line, x, lineTop - leading - size * FontFace.ASCENT);
            lineTop -= lineHeight;
        }
    }
}
