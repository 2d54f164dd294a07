package nl.codewijzer.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The four DejaVu Sans faces shipped in the jar, with their metrics. The font files are read once
 * per JVM and shared by all documents; each document still loads its own {@code PDFont} from these
 * bytes (see {@link DocumentFonts}), because a PDFBox font belongs to one document.
 *
 * <p>Measuring uses our own width table instead of {@code PDFont.getStringWidth}: the table is
 * built from the same {@code hmtx} advances, rounded to 1/1000 em as PDFBox writes them into the
 * PDF's width array, so what we measure is exactly what a viewer advances. It is immutable, so
 * documents can be typeset on several threads at once.
 */
enum FontFace {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf"),
    ITALIC("DejaVuSans-Oblique.ttf"),
    BOLD_ITALIC("DejaVuSans-BoldOblique.ttf");

    /** Height above the baseline, in em, of all four faces (DejaVu's {@code hhea} ascender). */
    static final float ASCENT = 0.928f;
    /** Depth below the baseline, in em (DejaVu's {@code hhea} descender). */
    static final float DESCENT = 0.236f;

    /** Printed instead of a character the font has no glyph for. */
    static final char REPLACEMENT = '?';

    private final String fileName;

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    public static FontFace of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    public boolean bold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    public boolean italic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }

    public FontFace withBold() {
        return of(true, italic());
    }

    public FontFace withItalic() {
        return of(bold(), true);
    }

    /** The font file; shared, so callers must not change it. */
    byte[] fileBytes() {
        return metrics().fileBytes;
    }

    /** The width of text set in this face at this size, in points. */
    public float width(String text, float size) {
        var metrics = metrics();
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            total += Math.max(0, metrics.advance(codePoint));
            i += Character.charCount(codePoint);
        }
        return total * size / 1000f;
    }

    /** The width of one character at this size, in points (0 if the font lacks it). */
    public float width(int codePoint, float size) {
        return Math.max(0, metrics().advance(codePoint)) * size / 1000f;
    }

    /**
     * The text as this face can print it: composed to NFC (so "o" plus a combining diaeresis becomes
     * the font's "ö"), invisible format characters the font lacks dropped, and any other character
     * it lacks (an emoji, a Chinese character) replaced by {@value #REPLACEMENT}. PDFBox would
     * otherwise throw on the first such character and the whole document would fail.
     */
    public String printable(String text) {
        var composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        var metrics = metrics();
        StringBuilder result = null;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (metrics.advance(codePoint) < 0) {
                if (result == null) {
                    result = new StringBuilder(composed.length()).append(composed, 0, i);
                }
                if (!isInvisible(codePoint)) {
                    result.append(REPLACEMENT);
                }
            } else if (result != null) {
                result.appendCodePoint(codePoint);
            }
            i = next;
        }
        return result == null ? composed : result.toString();
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.CONTROL
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private Metrics metrics() {
        return Loaded.METRICS[ordinal()];
    }

    /** Holder idiom: the files are read on first use, once, by whichever thread gets there first. */
    private static final class Loaded {
        static final Metrics[] METRICS = Arrays.stream(values()).map(face -> Metrics.read(face.fileName)).toArray(Metrics[]::new);
    }

    private static final class Metrics {

        private static final short MISSING = -1;

        final byte[] fileBytes;
        /** Advance in 1/1000 em per BMP character, {@link #MISSING} where the font has no glyph. */
        private final short[] basicAdvances = new short[0x10000];
        private final Map<Integer, Short> otherAdvances = new HashMap<>();

        private Metrics(byte[] fileBytes) {
            this.fileBytes = fileBytes;
            Arrays.fill(basicAdvances, MISSING);
        }

        static Metrics read(String fileName) {
            try (InputStream in = FontFace.class.getResourceAsStream("/fonts/" + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the jar: fonts/" + fileName);
                }
                var metrics = new Metrics(in.readAllBytes());
                try (var font = new TTFParser().parse(new RandomAccessReadBuffer(metrics.fileBytes))) {
                    var cmap = font.getUnicodeCmapLookup(false);
                    float scale = 1000f / font.getUnitsPerEm();
                    for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                        var codes = cmap.getCharCodes(glyph);
                        if (codes == null) {
                            continue;
                        }
                        var advance = (short) Math.round(font.getAdvanceWidth(glyph) * scale);
                        for (int code : codes) {
                            metrics.put(code, advance);
                        }
                    }
                }
                return metrics;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + fileName, e);
            }
        }

        private void put(int codePoint, short advance) {
            if (codePoint < basicAdvances.length) {
                basicAdvances[codePoint] = advance;
            } else {
                otherAdvances.put(codePoint, advance);
            }
        }

        int advance(int codePoint) {
            if (codePoint < basicAdvances.length) {
                return basicAdvances[codePoint];
            }
            return otherAdvances.getOrDefault(codePoint, MISSING);
        }
    }
}
