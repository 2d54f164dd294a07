package nl.codewijzer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.codewijzer.CodewijzerTest;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seal as the app wires it: demo mode makes a certificate on start, runs the local demo time-stamping
 * authority, and seals in the school's name at the highest level (B-LTA).
 */
@CodewijzerTest
class PdfSealTest {

    @Autowired
    PdfSeal seal;

    @Autowired
    PdfDocuments pdfs;

    @Test
    void in_demo_mode_a_rendered_register_is_sealed_at_b_lta_in_the_schools_name_and_checks_as_intact()
            throws IOException {
        var register = pdfs.render(PdfDocument.titled("Register van ondertekeningen")
                .field("Versie", "1")
                .bodyHtml("<p>Alle handtekeningen.</p>")
                .build());

        var sealed = seal.seal(register, "Register versie 1");

        var check = seal.check(sealed);
        assertThat(check.sealed()).isTrue();
        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isTrue();
        assertThat(seal.level()).isEqualTo(SealLevel.B_LTA);
        assertThat(check.level()).isEqualTo(SealLevel.B_LTA);
        assertThat(check.validAtSigningTime()).isTrue();
        assertThat(check.timestampAuthority()).isEqualTo("Codewijzer demotijdstempeldienst (niet voor echt gebruik)");
        assertThat(seal.health().ready()).isTrue();
        try (var document = Loader.loadPDF(sealed)) {
            var signatures = document.getSignatureDictionaries();
            assertThat(signatures.getFirst().getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signatures.getFirst().getName()).isEqualTo("De Linde (demo)");
            assertThat(signatures.getLast().getSubFilter()).as("the document timestamp").isEqualTo("ETSI.RFC3161");
        }
    }
}
