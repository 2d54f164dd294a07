package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Arrays;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paper signatures (issue 14): the coördinator records that a supply teacher signed on paper, with
 * a scan; it counts, is in the register and on the certificate as "papier", can be verified, and the
 * audit trail names who recorded it. Bad scans and dates are refused at their field, nothing saved.
 */
@CodewijzerTest
class PaperSignaturesTest {

    private static final byte[] PDF = "%PDF-1.4\n% handtekening op papier\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    PaperSignatures paper;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Signing signing;
    @Autowired
    SignatureVerification verification;
    @Autowired
    AuditTrail audit;
    @Autowired
    Translations translations;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;

    @Test
    void the_coordinator_records_a_paper_signature_that_counts_in_the_register_the_certificate_and_the_audit_trail()
            throws Exception {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Papiertest");
        long iris = personId("iris.hendriks@school.example");
        var today = LocalDate.now(SchoolTime.ZONE);

        SignIn.as(users, "docent@school.example");
        assertThat(catchThrowable(() -> paper.record(version.id(), iris, today, "scan.pdf", PDF)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "coordinator@school.example");
        assertRefused(() -> paper.record(version.id(), iris, today, "scan.pdf", PNG), "scan",
                "„scan.pdf” is geen PDF, JPEG of PNG, of de inhoud past niet bij de naam.");
        var tooLarge = Arrays.copyOf(PDF, PaperSignatures.MAX_SCAN_BYTES + 1);
        assertRefused(() -> paper.record(version.id(), iris, today, "scan.pdf", tooLarge), "scan",
                "De scan is groter dan 5 MB.");
        assertRefused(() -> paper.record(version.id(), iris, today.plusDays(1), "scan.pdf", PDF), "signedOn",
                "De datum van ondertekening kan niet in de toekomst liggen.");
        assertThat(campaigns.overview(version.id()).summary().signed()).as("nothing half-saved").isZero();

        var recorded = paper.record(version.id(), iris, today, "Handtekening Iris.PDF", PDF);

        var overview = campaigns.overview(version.id());
        assertThat(overview.summary().signed()).isEqualTo(1);
        assertThat(overview.outstanding()).extracting(line -> line.name()).doesNotContain("Iris Hendriks");
        assertThat(overview.signed()).extracting(line -> line.name()).containsExactly("Iris Hendriks");
        assertThat(paper.scan(recorded.signatureId())).hasValueSatisfying(scan -> assertThat(scan).isEqualTo(PDF));
        assertThat(SigningPdfTest.text(campaigns.registerPdf(version.id(), Translations.DUTCH))).contains("Iris Hendriks", "papier",
                recorded.verificationCode());
        assertThat(SigningPdfTest.text(signing.certificatePdf(recorded.signatureId(), Translations.DUTCH)))
                .contains("Iris Hendriks", "papier", recorded.verificationCode());
        assertThat(verification.byCode(recorded.verificationCode())).hasValueSatisfying(found -> {
            assertThat(found.shortName()).isEqualTo("I. Hendriks");
            assertThat(found.versionNumber()).isEqualTo(1);
        });
        assertRefused(() -> paper.record(version.id(), iris, today, "scan.pdf", PDF), "person",
                "Iris Hendriks heeft deze versie al ondertekend.");

        SignIn.as(users, "beheerder@school.example");
        var coordinator = SystemActor.runAs(() -> staff.activeStaff()).stream()
                .filter(member -> member.email().equals("coordinator@school.example")).findFirst().orElseThrow();
        assertThat(audit.page(new AuditFilter("signature.paper-recorded", null, null, null), 0, 50)).anySatisfy(entry -> {
            assertThat(entry.objectId()).isEqualTo(String.valueOf(recorded.signatureId()));
            assertThat(entry.actorName()).as("who recorded it").isEqualTo(coordinator.fullName());
            assertThat(entry.subjectName()).isEqualTo("Iris Hendriks");
            assertThat(entry.details()).contains("scan=application/pdf");
        });
    }

    private void assertRefused(Runnable action, String field, String message) {
        var thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(InvalidInput.class);
        assertThat(((InvalidInput) thrown).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray()))
                    .isEqualTo(message);
        });
    }

    private long personId(String email) {
        return SystemActor.runAs(() -> staff.activeStaff()).stream().filter(member -> member.email().equals(email))
                .findFirst().orElseThrow().id();
    }
}
