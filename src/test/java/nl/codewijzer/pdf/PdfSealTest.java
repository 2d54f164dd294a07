package nl.codewijzer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.codewijzer.CodewijzerTest;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seal as the app wires it: demo mode makes a certificate on start and seals in the school's name. */
@CodewijzerTest
class PdfSealTest {

    @Autowired
    PdfSeal seal;

    @Autowired
    PdfDocuments pdfs;

    @Test
    void in_demo_mode_a_rendered_register_is_sealed_in_the_schools_name_and_checks_as_intact() throws IOException {
        var register = pdfs.render(PdfDocument.titled("Register van ondertekeningen")
                .field("Versie", "1")
                .bodyHtml("<p>Alle handtekeningen.</p>")
                .build());

        var sealed = seal.seal(register, "Register versie 1");

        var check = seal.check(sealed);
        assertThat(check.sealed()).isTrue();
        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isTrue();
        try (var document = Loader.loadPDF(sealed)) {
            var signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("De Linde (demo)");
        }
    }
}
