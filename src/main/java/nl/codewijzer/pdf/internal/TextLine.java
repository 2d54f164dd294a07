package nl.codewijzer.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One line of a paragraph, heading, list item or code block.
 *
 * @param lineHeight the line box; the text's baseline centres ascent plus descent in it
 * @param paddingTop extra space above the line box inside the background (first line of a code block)
 * @param paddingBottom the same below (last line of a code block)
 * @param marker a list item's bullet or number, drawn so that it ends at {@code markerRight}
 * @param background a band behind the whole line (code blocks), or null
 */
record TextLine(Line line, float x, float lineHeight, float paddingTop, float paddingBottom, @Nullable Line marker,
        float markerRight, @Nullable Band background) implements Drawable {

    /** A filled band from {@code x} to {@code x + width}. */
    record Band(float x, float width, Color color) {
    }

    static TextLine of(Line line, float x, float lineHeight) {
        return new TextLine(line, x, lineHeight, 0, 0, null, 0, null);
    }

    TextLine withMarker(Line newMarker, float right) {
        return new TextLine(line, x, lineHeight, paddingTop, paddingBottom, newMarker, right, background);
    }

    TextLine withBackground(Band band, float top, float bottom) {
        return new TextLine(line, x, lineHeight, top, bottom, marker, markerRight, band);
    }

    @Override
    public float height() {
        return paddingTop + lineHeight + paddingBottom;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        if (background != null) {
            canvas.fillRect(background.x(), top - height(), background.width(), height(), background.color());
        }
        float size = line.maxSize();
        float leading = (lineHeight - size * (FontFace.ASCENT + FontFace.DESCENT)) / 2;
        float baseline = top - paddingTop - leading - size * FontFace.ASCENT;
        canvas.text(line, x, baseline);
        if (marker != null) {
            canvas.text(marker, markerRight - marker.width(), baseline);
        }
    }
}
