package nl.codewijzer.pdf.internal;

/** Text in one style placed on a line: {@code x} from the line's start, widths in points. */
record Fragment(String text, Style style, float x, float width) {
}
