package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.pdf.SealLevel;
import nl.codewijzer.pdf.SealedArchive;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school's archived copy of an adopted code (issue 13): sealed once at B-LTA, the same file on
 * every download, and given a new archive timestamp before its newest timestamp loses its certificate,
 * after which DSS still validates it and the audit trail says so.
 *
 * <p>In a context of its own, so with a database of its own: the nightly job seals every adopted
 * version that has no archived copy, about a second each at B-LTA, and the shared test context holds
 * the dozens of versions the other tests adopt (which made this class take a minute in CI).
 */
@SpringBootTest(properties = "codewijzer.signing.archive-cron=-")
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AdoptedCodeArchiveTest {

    @Autowired
    AdoptedCodeArchive archive;
    @Autowired
    SealedArchive sealedArchive;
    @Autowired
    PdfSeal seal;
    @Autowired
    AuditTrail trail;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    nl.codewijzer.Reactions reactions;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static int timestamps(byte[] pdf) {
        var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(new CommonCertificateVerifier());
        return validator.validateDocument().getDiagnosticData().getTimestampList().size();
    }

    @Test
    void every_adopted_version_is_archived_once_sealed_at_b_lta_and_downloads_give_that_same_file() {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Archieftest");

        int archived = SystemActor.runAs(archive::archiveMissing);

        assertThat(archived).as("the demo code's versions and this one").isPositive();
        assertThat(SystemActor.runAs(archive::archiveMissing)).as("a second night archives nothing").isZero();
        SignIn.as(users, "coordinator@school.example");
        var kept = archive.of(version.id());
        assertThat(kept.title()).isEqualTo(version.codeTitle() + " v" + version.number());
        assertThat(archive.of(version.id()).content()).isEqualTo(kept.content());
        var check = seal.check(kept.content());
        assertThat(check.intact()).isTrue();
        assertThat(check.level()).isEqualTo(SealLevel.B_LTA);
        assertThat(check.verdict()).isEqualTo("TOTAL_PASSED");
        assertThat(kept.timestampsValidUntil()).as("the demo authority's certificate runs ten years")
                .isAfter(Instant.now().plus(3000, ChronoUnit.DAYS));
        assertThat(kept.renewals()).isZero();
    }

    @Test
    void an_archived_copy_whose_timestamps_end_soon_gets_an_archive_timestamp_and_still_validates() {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Vernieuwtest");
        SignIn.as(users, "coordinator@school.example");
        var kept = archive.of(version.id());
        SecurityContextHolder.clearContext();
        // the authority's certificate is about to end: as if the archived copy were nine and a half years old
        jdbc.update("update sealed_archive set renew_before = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS)), kept.id());

        int renewed = SystemActor.runAs(sealedArchive::renewDue);

        assertThat(renewed).isEqualTo(1);
        var after = SystemActor.runAs(() -> sealedArchive.find(AdoptedCodeArchive.KIND, version.id())).orElseThrow();
        assertThat(after.renewals()).isEqualTo(1);
        assertThat(after.renewedAt()).isNotNull();
        assertThat(after.content()).isNotEqualTo(kept.content());
        assertThat(timestamps(after.content())).isGreaterThan(timestamps(kept.content()));
        var check = seal.check(after.content());
        assertThat(check.intact()).isTrue();
        assertThat(check.level()).isEqualTo(SealLevel.B_LTA);
        assertThat(check.verdict()).isEqualTo("TOTAL_PASSED");
        assertThat(after.timestampsValidUntil()).isAfter(Instant.now().plus(3000, ChronoUnit.DAYS));
        assertThat(SystemActor.runAs(sealedArchive::renewDue)).as("renewed: not due again").isZero();
        SignIn.as(users, "beheerder@school.example");
        var rows = trail.page(new AuditFilter("seal.archive-renewed", null, null, null), 0, 50);
        assertThat(rows).anySatisfy(row -> assertThat(row.details())
                .contains("kind=adopted-code", "subject=" + version.id(), "renewals=1", "sha256=" + after.sha256()));
    }

    @Test
    void a_medewerker_gets_no_archived_copy() {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Geentoegang");
        SignIn.as(users, "docent@school.example");

        assertThatThrownBy(() -> archive.of(version.id())).isInstanceOf(AccessDeniedException.class);
        // nor straight from the archive, which checks the role again
        assertThatThrownBy(() -> sealedArchive.find(AdoptedCodeArchive.KIND, version.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
