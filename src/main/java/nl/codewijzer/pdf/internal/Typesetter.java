package nl.codewijzer.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import nl.codewijzer.pdf.PdfDocument;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Turns a {@link PdfDocument} into PDF bytes in three steps: lay everything out into one long
 * {@link Flow} (measuring with our own font metrics, no PDF needed yet), cut it into pages
 * ({@link Paginator}), then draw the pages with their footers ({@link PageWriter}).
 */
public final class Typesetter {

    private Typesetter() {
    }

    /** Page labels in the document's language, such as "Pagina 2 van 5". */
    @FunctionalInterface
    public interface PageLabels {
        String label(int page, int pages);
    }

    public static byte[] typeset(PdfDocument source, PageLabels labels) throws IOException {
        var flow = new Flow();
        TitleBlock.layout(source.title(), source.titleBlock(), flow, PageGeometry.LEFT, PageGeometry.CONTENT_WIDTH);
        HtmlLayout.layout(source.bodyHtml(), flow, PageGeometry.LEFT, PageGeometry.CONTENT_WIDTH);
        var pages = Paginator.paginate(flow.slices(), PageGeometry.BODY_TOP, PageGeometry.BODY_BOTTOM);
        try (var document = new PDDocument(); var fonts = new DocumentFonts(document)) {
            describe(document, source);
            PageWriter.write(document, fonts, pages, source.footerText(), labels);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void describe(PDDocument document, PdfDocument source) {
        var info = document.getDocumentInformation();
        info.setTitle(source.title());
        info.setCreator("Codewijzer");
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(source.locale().toLanguageTag());
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
