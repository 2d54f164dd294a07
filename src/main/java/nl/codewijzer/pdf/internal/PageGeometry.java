package nl.codewijzer.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A4 with margins of about 2 cm; the footer sits in the bottom margin. Points, origin bottom left. */
final class PageGeometry {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float CM = 72f / 2.54f;
    static final float LEFT = 2 * CM;
    static final float RIGHT = PAGE.getWidth() - 2 * CM;
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    static final float BODY_TOP = PAGE.getHeight() - 2 * CM;
    static final float BODY_BOTTOM = 2.3f * CM;
    static final float BODY_HEIGHT = BODY_TOP - BODY_BOTTOM;
    static final float FOOTER_RULE = 1.75f * CM;
    static final float FOOTER_BASELINE = 1.3f * CM;

    private PageGeometry() {
    }
}
