package nl.codewijzer.pdf.internal;

import java.util.List;

/** One line of set text: its fragments left to right, their total width and the largest size. */
record Line(List<Fragment> fragments, float width, float maxSize) {

    /** A line of one short text that is not wrapped (a list marker, a page number). */
    static Line of(String text, Style style) {
        var printable = style.face().printable(text);
        float width = style.width(printable);
        return new Line(List.of(new Fragment(printable, style, 0, width)), width, style.size());
    }

    static Line empty(float size) {
        return new Line(List.of(), 0, size);
    }
}
