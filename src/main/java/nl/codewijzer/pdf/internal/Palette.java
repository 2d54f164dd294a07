package nl.codewijzer.pdf.internal;

import java.awt.Color;

/** The few colours of our documents: near-black text, navy headings, grey rules and fills. */
final class Palette {

    static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    static final Color HEADING = new Color(0x1B, 0x3A, 0x5C);
    static final Color MUTED = new Color(0x5B, 0x66, 0x73);
    static final Color LINK = new Color(0x1A, 0x5F, 0xB4);
    static final Color CODE = new Color(0x8A, 0x2F, 0x1A);
    static final Color QUOTE_TEXT = new Color(0x3D, 0x46, 0x50);
    static final Color RULE = new Color(0xC4, 0xCC, 0xD6);
    static final Color GRID = new Color(0xA9, 0xB4, 0xC0);
    static final Color QUOTE_BAR = new Color(0xB3, 0xC2, 0xD3);
    static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    static final Color CODE_FILL = new Color(0xF2, 0xF3, 0xF5);

    private Palette() {
    }
}
