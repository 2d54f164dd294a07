package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A check that is not ours and not DSS's: Poppler's {@code pdfsig} (what many Linux PDF readers use)
 * finds the seal on the register and the adopted code valid, and after it the document timestamp of
 * PAdES B-LTA over the whole file; a register with one byte changed is not valid there.
 * {@code .ci/run} installs Debian's {@code poppler-utils}.
 */
@CodewijzerTest
class SealCheckedByPopplerTest {

    @Autowired
    Signing signing;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    nl.codewijzer.Reactions reactions;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    nl.codewijzer.staff.StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;

    @TempDir
    Path folder;

    @Test
    void poppler_finds_the_register_and_the_adopted_code_validly_signed_and_timestamped() throws Exception {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Poppler");
        SignIn.as(users, "docent@school.example");
        signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);
        SignIn.as(users, "directeur@school.example");

        for (var pdf : List.of(campaigns.registerPdf(version.id(), Translations.DUTCH),
                campaigns.adoptedCodePdf(version.id(), Translations.DUTCH))) {
            var report = pdfsig(pdf);

            // the seal: a CAdES signature whose digest Poppler recomputes and finds valid
            assertThat(report).contains("Signature Type: ETSI.CAdES.detached", "Signature Validation: Signature is Valid.")
                    .doesNotContain("Signature is Invalid");
            // then the document timestamp of B-LTA over the whole file, signed by the time-stamping
            // authority (Poppler 22 names its type "unknown" and does not verify timestamp tokens itself)
            assertThat(report).contains("Signature #2:");
            assertThat(report.substring(report.indexOf("Signature #2:")))
                    .contains("Signer Certificate Common Name: Codewijzer demotijdstempeldienst", "Total document signed");
        }

        var tampered = campaigns.registerPdf(version.id(), Translations.DUTCH);
        tampered[11] ^= 0x01; // in the PDF's binary comment line, inside every signature's signed range
        assertThat(pdfsig(tampered)).doesNotContain("Signature is Valid.");
    }

    private String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        var file = Files.write(Files.createTempFile(folder, "sealed", ".pdf"), pdf);
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new IllegalStateException("This test needs Poppler's pdfsig: install Debian's poppler-utils "
                    + "(.ci/run does)", missing);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
        var report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return report;
    }
}
