package nl.codewijzer.pdf.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws the paginated flow: each page's slices, quote bars, and the page frame (footer). */
final class PageWriter {

    private static final float FOOTER_SIZE = 8f;
    private static final float FOOTER_GAP = 18f;
    private static final String ELLIPSIS = "\u2026";

    private PageWriter() {
    }

    static void write(PDDocument document, DocumentFonts fonts, List<List<Placement>> pages, String footerText,
            Typesetter.PageLabels labels) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            var page = new PDPage(PageGeometry.PAGE);
            document.addPage(page);
            try (var stream = new PDPageContentStream(document, page)) {
                var canvas = new Canvas(page, stream, fonts);
                for (var placement : pages.get(i)) {
                    for (var bar : placement.bars()) {
                        canvas.fillRect(bar.x(), bar.bottom(), QuoteBar.WIDTH, bar.top() - bar.bottom(), Palette.QUOTE_BAR);
                    }
                    placement.content().draw(canvas, placement.top());
                }
                frame(canvas, footerText, labels.label(i + 1, pages.size()));
            }
        }
    }

    /** A thin rule, the footer text on the left and the page number on the right. */
    private static void frame(Canvas canvas, String footerText, String pageLabel) throws IOException {
        canvas.line(PageGeometry.LEFT, PageGeometry.FOOTER_RULE, PageGeometry.RIGHT, PageGeometry.FOOTER_RULE, 0.5f, Palette.RULE);
        var style = Style.of(FontFace.REGULAR, FOOTER_SIZE, Palette.MUTED);
        var number = Line.of(pageLabel, style);
        canvas.text(number, PageGeometry.RIGHT - number.width(), PageGeometry.FOOTER_BASELINE);
        var footer = footerText.strip().replaceAll("\\s+", " ");
        if (!footer.isEmpty()) {
            var left = fitted(footer, style, PageGeometry.CONTENT_WIDTH - number.width() - FOOTER_GAP);
            canvas.text(left, PageGeometry.LEFT, PageGeometry.FOOTER_BASELINE);
        }
    }

    /** The text, shortened with an ellipsis if it would run into the page number. */
    private static Line fitted(String text, Style style, float available) {
        var line = Line.of(text, style);
        if (line.width() <= available) {
            return line;
        }
        var printable = style.face().printable(text);
        int end = printable.length();
        while (end > 0 && style.width(printable.substring(0, end) + ELLIPSIS) > available) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return Line.of(printable.substring(0, end).stripTrailing() + ELLIPSIS, style);
    }
}
