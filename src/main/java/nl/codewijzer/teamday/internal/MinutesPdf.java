package nl.codewijzer.teamday.internal;

import java.util.Locale;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.teamday.Minutes;
import org.springframework.stereotype.Component;

/** The minutes (verslag) of a meeting as PDF, in the same font and look as the code PDF. */
@Component
public class MinutesPdf {

    private final PdfDocuments documents;

    MinutesPdf(PdfDocuments documents) {
        this.documents = documents;
    }

    public byte[] render(Minutes minutes, Locale locale) {
        throw new UnsupportedOperationException("MinutesPdf is being written on the teamday-text branch");
    }
}
