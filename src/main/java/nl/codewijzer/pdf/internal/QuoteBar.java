package nl.codewijzer.pdf.internal;

/** The bar left of a blockquote: {@code quote} tells one quote from the next, {@code x} is its left edge. */
record QuoteBar(int quote, float x) {

    static final float WIDTH = 2.5f;
}
