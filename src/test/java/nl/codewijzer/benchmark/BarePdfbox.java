package nl.codewijzer.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
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

    /** One line per text line at the given font size and leading (as a factor of the size). */
    static byte[] write(List<String> lines, byte[] fontFile, float size, float leadingFactor) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = PDType0Font.load(document, new ByteArrayInputStream(fontFile), true);
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
