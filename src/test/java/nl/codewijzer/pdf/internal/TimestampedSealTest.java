package nl.codewijzer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.SealLevel;
import nl.codewijzer.pdf.TimestampUnavailable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Timestamped seals (B-T, B-LT, B-LTA) with the local demo authority over HTTP, judged by the EU's DSS
 * validator with its own default ETSI policy and a test trust list of just the school's certificate and
 * the authority's: not by our own check.
 */
class TimestampedSealTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    static Path folder;

    private static SchoolCertificate school;
    private static LocalTimestampAuthority authority;
    private static byte[] register;

    @BeforeAll
    static void start() throws IOException {
        authority = LocalTimestampAuthority.demo(folder.resolve("tsa"), "Testtijdstempeldienst", CLOCK, 0);
        school = SchoolCertificate.demo(folder.resolve("school"), "De Linde (demo)", CLOCK, authority.ca());
        register = Typesetter.typeset(PdfDocument.titled("Register van ondertekeningen")
                .field("Versie", "3")
                .bodyHtml("<p>Łukasz Nowak tekende op 1 september 2026.</p>")
                .build(), (page, pages) -> "Pagina " + page + " van " + pages);
    }

    @AfterAll
    static void stop() {
        authority.close();
    }

    private static PadesSeal seal(SealLevel level) {
        return seal(school, level);
    }

    private static PadesSeal seal(SchoolCertificate certificate, SealLevel level) {
        return new PadesSeal(certificate, CLOCK, () -> Optional.of("De Linde (demo)"), properties(level.label()),
                authority);
    }

    private static SealProperties properties(String level) {
        return new SealProperties(null, null, null, null, level, null, null, null, "SHA-256", null, null);
    }

    /**
     * DSS on its own: its default policy, the test CA as the one trust anchor, and the test CA's
     * revocation list over HTTP (what a B-T seal needs; B-LT and B-LTA carry their own).
     */
    private static Reports dss(byte[] pdf) {
        var trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(authority.anchor()));
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(new DemoRevocationSource(authority, null));
        var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    @ParameterizedTest
    @EnumSource(value = SealLevel.class, names = {"B_T", "B_LT", "B_LTA"})
    void dss_reports_the_configured_level_and_total_passed(SealLevel level) {
        var sealed = seal(level).seal(register, "Register versie 3");

        var report = dss(sealed).getSimpleReport();
        var id = report.getFirstSignatureId();
        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.valueOf("PAdES_BASELINE_"
                + level.name().substring(2)));
        assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignatureTimestamps(id)).as("a signature timestamp").isNotEmpty();
    }

    @Test
    void a_revoked_certificate_fails_dss_validation_and_cannot_seal_at_b_lt() {
        var revoked = SchoolCertificate.demo(folder.resolve("revoked"), "Ingetrokken", CLOCK, authority.ca());
        authority.revoke(revoked.certificate().getSerialNumber());

        var sealed = seal(revoked, SealLevel.B_T).seal(register, "Register versie 3");

        var report = dss(sealed).getSimpleReport();
        var id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSubIndication(id)).hasToString("REVOKED_NO_POE");
        assertThatThrownBy(() -> seal(revoked, SealLevel.B_LT).seal(register, "Register versie 3"))
                .hasMessageContaining("revoked");
    }

    @Test
    void the_default_level_with_an_authority_is_b_lta_and_our_check_names_the_timestamp() {
        var seal = new PadesSeal(school, CLOCK, () -> Optional.of("De Linde (demo)"), properties(null), authority);
        assertThat(seal.level()).isEqualTo(SealLevel.B_LTA);
        var before = Instant.now().minusSeconds(1);

        var check = seal.check(seal.seal(register, "Register versie 3"));

        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isTrue();
        assertThat(check.level()).isEqualTo(SealLevel.B_LTA);
        assertThat(check.validAtSigningTime()).isTrue();
        assertThat(check.timestampAuthority()).isEqualTo("Testtijdstempeldienst");
        assertThat(check.timestampedAt()).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void one_flipped_byte_fails_dss_validation() {
        var sealed = seal(SealLevel.B_LTA).seal(register, "Register versie 3");
        var tampered = sealed.clone();
        tampered[register.length / 2] ^= 0x01;

        var report = dss(tampered).getSimpleReport();
        var id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(seal(SealLevel.B_LTA).check(tampered).intact()).isFalse();
    }

    @Test
    void an_appended_incremental_update_fails_dss_validation() throws IOException {
        var sealed = seal(SealLevel.B_LTA).seal(register, "Register versie 3");
        byte[] appended;
        try (var document = Loader.loadPDF(sealed)) {
            document.addPage(new PDPage());
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            var out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            appended = out.toByteArray();
        }

        var report = dss(appended).getSimpleReport();
        var id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(seal(SealLevel.B_LTA).check(appended).intact()).isFalse();
    }

    @Test
    void an_authority_that_does_not_answer_stops_the_seal_and_shows_in_health() {
        var seal = seal(SealLevel.B_T);
        authority.answering(false);
        try {
            assertThatThrownBy(() -> seal.seal(register, "Register versie 3"))
                    .isInstanceOfSatisfying(TimestampUnavailable.class, unavailable -> {
                        assertThat(unavailable.problems().getFirst().messageKey()).isEqualTo("pdf.seal.tsa-unavailable");
                        assertThat(unavailable.authority()).isEqualTo(authority.url());
                    });
            var health = seal.health();
            assertThat(health.ready()).isFalse();
            assertThat(health.problem()).contains(authority.url());
        } finally {
            authority.answering(true);
        }
        assertThat(seal(SealLevel.B_T).health().ready()).as("answers again").isTrue();
    }

    @Test
    void a_level_that_needs_an_authority_without_one_stops_the_start() {
        assertThatThrownBy(() -> new PadesSeal(school, CLOCK, Optional::empty, properties("B-T"), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("codewijzer.seal.tsa-url");
        assertThat(new PadesSeal(school, CLOCK, Optional::empty, properties(null), null).level())
                .isEqualTo(SealLevel.B_B);
    }

    @Test
    void renewing_adds_an_archive_timestamp_and_dss_still_validates() {
        var seal = seal(SealLevel.B_LTA);
        var sealed = seal.seal(register, "Register versie 3");
        int before = dss(sealed).getDiagnosticData().getTimestampList().size();

        var renewed = seal.renew(sealed);

        var reports = dss(renewed);
        var id = reports.getSimpleReport().getFirstSignatureId();
        assertThat(reports.getDiagnosticData().getTimestampList()).hasSizeGreaterThan(before);
        assertThat(reports.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(reports.getSimpleReport().getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(seal.check(renewed).intact()).isTrue();
    }

    @Test
    void an_audit_digest_stamped_by_the_authority_reads_back_and_a_changed_digest_does_not() {
        var seal = seal(SealLevel.B_T);
        var digest = new byte[32];
        digest[0] = 42;

        var anchor = seal.stamp(digest);

        assertThat(anchor.authority()).isEqualTo("Testtijdstempeldienst");
        assertThat(Duration.between(anchor.time(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(seal.read(anchor.token(), digest)).map(read -> read.time()).contains(anchor.time());
        var other = digest.clone();
        other[1] = 1;
        assertThat(seal.read(anchor.token(), other)).isEmpty();
    }
}
