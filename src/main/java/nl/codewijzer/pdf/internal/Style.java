package nl.codewijzer.pdf.internal;

import java.awt.Color;
import org.jspecify.annotations.Nullable;

/**
 * How a run of text looks.
 *
 * @param code inline code: drawn on a light background
 * @param strike drawn with a line through it ({@code del})
 * @param link the URI a click opens, or null
 */
record Style(FontFace face, float size, Color color, boolean code, boolean strike, @Nullable String link) {

    static Style of(FontFace face, float size, Color color) {
        return new Style(face, size, color, false, false, null);
    }

    Style bold() {
        return new Style(face.withBold(), size, color, code, strike, link);
    }

    Style italic() {
        return new Style(face.withItalic(), size, color, code, strike, link);
    }

    Style struck() {
        return new Style(face, size, color, code, true, link);
    }

    Style asCode() {
        return new Style(face, size, Palette.CODE, true, strike, link);
    }

    Style linkedTo(String uri) {
        return new Style(face, size, Palette.LINK, code, strike, uri);
    }

    Style sized(float newSize) {
        return new Style(face, newSize, color, code, strike, link);
    }

    Style colored(Color newColor) {
        return new Style(face, size, newColor, code, strike, link);
    }

    float width(String text) {
        return face.width(text, size);
    }
}
