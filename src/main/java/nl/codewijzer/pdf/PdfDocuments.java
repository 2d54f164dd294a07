package nl.codewijzer.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.internal.Typesetter;
import org.springframework.stereotype.Service;

/**
 * Typesets documents as PDF (A4, DejaVu Sans embedded, page numbers in the document's language).
 * Stateless and safe to call from several threads at once.
 */
@Service
public class PdfDocuments {

    private final Translations translations;

    PdfDocuments(Translations translations) {
        this.translations = translations;
    }

    /** The PDF's bytes; never fails on text the font cannot print (such characters become "?"). */
    public byte[] render(PdfDocument document) {
        try {
            return Typesetter.typeset(document,
                    (page, pages) -> translations.getTranslation("pdf.page-number", document.locale(), page, pages));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot typeset PDF \"" + document.title() + "\"", e);
        }
    }
}
