package nl.codewijzer.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The yardstick of the PDF benchmarks: bare PDFBox writing the same text lines with the same
 * embedded font on A4 pages, with none of our typesetting. A document of ours is compared with this
 * writing the lines extracted from it, in the same run.
 */
final class BarePdfbox {

    private static final float MARGIN = 56f;

    private BarePdfbox() {
    }

    /** The text of a PDF, line by line, without blank lines: the same content for bare PDFBox. */
    static List<String> textLines(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return Arrays.stream(new PDFTextStripper().getText(document).split("\\R"))
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per text line at the given font size and leading (as a factor of the size), with PDFBox's defaults. */
    static byte[] write(List<String> lines, byte[] fontFile, float size, float leadingFactor) {
        return write(lines, fontFile, size, leadingFactor, true);
    }

    /**
     * As {@link #write(List, byte[], float, float)}, with PDFBox's glyph substitution (GSUB) on, its
     * default, or off, the way our PDF module loads its fonts: without it, the figure shows the cost
     * of our layout alone.
     */
    static byte[] write(List<String> lines, byte[] fontFile, float size, float leadingFactor,
            boolean glyphSubstitution) {
        // the font is ours to close, after the document that uses it
        try (var trueType = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
                var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            trueType.setEnableGsub(glyphSubstitution);
            var font = PDType0Font.load(document, trueType, true);
            float leading = size * leadingFactor;
            PDPageContentStream stream = null;
            float y = 0;
            for (var line : lines) {
                if (stream == null || y < MARGIN) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    var page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    stream.setFont(font, size);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    stream.newLineAtOffset(MARGIN, y);
                }
                stream.showText(line.replace("\t", " "));
                stream.newLineAtOffset(0, -leading);
                y -= leading;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
