package nl.codewijzer.pdf.internal;

import java.io.IOException;
import java.util.List;

/**
 * One table row (or, for a row taller than a page, one part of it): every cell's lines, with the
 * grid around the cells and a shaded background for header rows.
 */
record TableRow(List<Cell> cells, float left, float width, float lineHeight, int lineCount, boolean header)
        implements Drawable {

    static final float PADDING = 4.5f;

    enum Align { LEFT, CENTER, RIGHT }

    record Cell(float x, float width, List<Line> lines, Align align) {
    }

    @Override
    public float height() {
        return 2 * PADDING + Math.max(1, lineCount) * lineHeight;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float bottom = top - height();
        if (header) {
            canvas.fillRect(left, bottom, width, height(), Palette.HEADER_FILL);
        }
        for (var cell : cells) {
            float lineTop = top - PADDING;
            for (var line : cell.lines()) {
                float size = line.maxSize();
                float leading = (lineHeight - size * (FontFace.ASCENT + FontFace.DESCENT)) / 2;
                float x = switch (cell.align()) {
                    case LEFT -> cell.x() + PADDING;
                    case CENTER -> cell.x() + (cell.width() - line.width()) / 2;
                    case RIGHT -> cell.x() + cell.width() - PADDING - line.width();
                };
                canvas.text(line, x, lineTop - leading - size * FontFace.ASCENT);
                lineTop -= lineHeight;
            }
        }
        float grid = 0.5f;
        canvas.line(left, top, left + width, top, grid, Palette.GRID);
        canvas.line(left, bottom, left + width, bottom, grid, Palette.GRID);
        canvas.line(left, top, left, bottom, grid, Palette.GRID);
        for (var cell : cells) {
            canvas.line(cell.x() + cell.width(), top, cell.x() + cell.width(), bottom, grid, Palette.GRID);
        }
    }
}
