package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.SigningDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real school that has not configured its certificate yet (demo mode off, no keystore): the
 * register still comes out, unsealed and saying so on its face, and the dashboard knows. Runs in
 * the demo-off context DemoSchoolOnExistingDatabaseTest starts (same properties), and writes nothing.
 */
@SpringBootTest(properties = "codewijzer.demo.enabled=false")
@ActiveProfiles("test")
class WithoutSchoolCertificateTest {

    @Autowired
    SigningDocuments documents;
    @Autowired
    PdfSeal seal;

    @Test
    void the_register_is_typeset_unsealed_and_says_that_it_is_not_sealed() throws Exception {
        var campaign = new SigningCampaign(1, 1, "Gedragscode sociale media", 1, "a".repeat(64), Instant.now());

        var pdf = documents.register(new SigningDocuments.Register(campaign, null, null, "Mijn school", List.of(),
                List.of(), List.of(), 0, Instant.now()), Translations.DUTCH);

        assertThat(seal.check(pdf).sealed()).isFalse();
        assertThat(SigningPdfTest.flat(SigningPdfTest.text(pdf)))
                .contains("Dit register is niet verzegeld: er is geen certificaat van de school ingesteld.");
        assertThat(documents.sealing()).isFalse();
    }
}
