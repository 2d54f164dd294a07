package nl.codewijzer.pdf.internal;

import java.io.IOException;

/** Something laid out that knows its height and draws itself below a given top edge. */
interface Drawable {

    float height();

    void draw(Canvas canvas, float top) throws IOException;
}
