package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.codewijzer.base.BaseUrl;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.pdf.NoSchoolCertificate;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.pdf.SealCheck;
import nl.codewijzer.pdf.Sealing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A real school that has not configured its certificate yet (demo mode off, no keystore): the seal
 * refuses, and the register still comes out, unsealed and saying so on its face; the dashboard knows.
 */
class WithoutSchoolCertificateTest {

    /** The seal as it behaves without a school certificate. */
    private static final PdfSeal NO_CERTIFICATE = new PdfSeal() {
        @Override
        public byte[] seal(byte[] pdf, String reason) {
            throw new NoSchoolCertificate();
        }

        @Override
        public SealCheck check(byte[] pdf) {
            return SealCheck.unsealed();
        }
    };

    @Test
    void the_register_is_typeset_unsealed_and_says_that_it_is_not_sealed() throws Exception {
        var documents = new SigningDocuments(pdfDocuments(), new SafeMarkdown(), new Translations(),
                new Sealing(new StaticListableBeanFactory(Map.of("seal", NO_CERTIFICATE)).getBeanProvider(PdfSeal.class)),
                new PublicAddress(new BaseUrl("https://codewijzer.mijnschool.nl/")));
        var campaign = new SigningCampaign(1, 1, "Gedragscode sociale media", 1, "a".repeat(64), Instant.now());

        var pdf = documents.register(new SigningDocuments.Register(campaign, null, null, "Mijn school", List.of(),
                Map.of(), List.of(), List.of(), 0, Instant.now()), Translations.DUTCH);

        assertThat(text(pdf)).contains("Dit register is niet verzegeld: er is geen certificaat van de school ingesteld.",
                "https://codewijzer.mijnschool.nl/verifieren");
        assertThat(documents.sealing()).isFalse();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The constructor is package-private, for Spring; built here as Spring would. */
    private static PdfDocuments pdfDocuments() throws ReflectiveOperationException {
        var constructor = PdfDocuments.class.getDeclaredConstructor(Translations.class);
        constructor.setAccessible(true);
        return constructor.newInstance(new Translations());
    }
}
