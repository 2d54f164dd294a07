package nl.codewijzer.pdf.internal;

import java.util.List;

/** Where the paginator put a drawable on its page, with the quote bar segments beside it. */
record Placement(Drawable content, float top, List<BarSegment> bars) {

    record BarSegment(float x, float top, float bottom) {
    }
}
