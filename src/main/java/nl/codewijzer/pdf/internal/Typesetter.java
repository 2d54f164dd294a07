package nl.codewijzer.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import nl.codewijzer.pdf.PdfDocument;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Turns a {@link PdfDocument} into PDF bytes in three steps: lay everything out into one long
 * {@link Flow} (measuring with our own font metrics, no PDF needed yet), cut it into pages
 * ({@link Paginator}), then draw the pages with their footers ({@link PageWriter}).
 */
public final class Typesetter {

    private static final String CREATOR = "Codewijzer";
    /** The JDK's own sRGB profile: the output intent every archival document carries. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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

    private static void describe(PDDocument document, PdfDocument source) throws IOException {
        var created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        // whole seconds, as the document information holds them: the XMP date then says the same, and its length
        // (xmpbox writes the milliseconds without trailing zeros) no longer depends on the moment of rendering
        created.set(Calendar.MILLISECOND, 0);
        var info = document.getDocumentInformation();
        info.setTitle(source.title());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        info.setCreationDate(created);
        info.setModificationDate(created);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(source.locale().toLanguageTag());
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        archival(document, source.title(), created);
    }

    /**
     * PDF/A-2b, so that the documents a school keeps for years (the register, the adopted code, the
     * certificates) stay readable without Codewijzer: the fonts are embedded already; this adds the
     * identification and metadata as XMP, the same as the document information, and sRGB as the
     * output intent for the colours used.
     */
    private static void archival(PDDocument document, String title, Calendar created) throws IOException {
        var xmp = XMPMetadata.createXMPMetadata();
        var dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(CREATOR);
        var basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        xmp.createAndAddAdobePDFSchema().setProducer(CREATOR);
        var identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(2);
        try {
            identification.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e); // "B" is one of the values it accepts
        }
        var bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the PDF/A metadata", e);
        }
        var metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);

        var intent = new PDOutputIntent(document,
                new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
