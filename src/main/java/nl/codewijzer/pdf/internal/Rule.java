package nl.codewijzer.pdf.internal;

import java.awt.Color;
import java.io.IOException;

/** A horizontal line ({@code hr}, or under the title block), centred in its height. */
record Rule(float x, float width, float height, float thickness, Color color) implements Drawable {

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float y = top - height / 2;
        canvas.line(x, y, x + width, y, thickness, color);
    }
}
