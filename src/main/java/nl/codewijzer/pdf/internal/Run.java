package nl.codewijzer.pdf.internal;

/**
 * A piece of inline text in one style, already printable in its face. The text holds no line
 * breaks except the single {@code "\n"} of a {@link #lineBreak} run.
 */
record Run(String text, Style style) {

    static final String BREAK = "\n";

    static Run lineBreak(Style style) {
        return new Run(BREAK, style);
    }

    boolean isLineBreak() {
        return BREAK.equals(text);
    }
}
