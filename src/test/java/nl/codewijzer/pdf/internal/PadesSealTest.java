package nl.codewijzer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.Random;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.NoSchoolCertificate;
import nl.codewijzer.pdf.PdfDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PAdES seal on our own PDFs: what a verifier (the public verification page, Adobe Reader)
 * relies on. Keys are made once for the class.
 */
class PadesSealTest {

    private static final Instant SEALED_AT = Instant.parse("2026-09-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(SEALED_AT, ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private static PadesSeal seal;
    private static byte[] register;
    private static byte[] sealed;

    @BeforeAll
    static void sealTheRegister() throws IOException {
        var certificate = SchoolCertificate.demo(folder.resolve("demo"), "De Linde (demo)", CLOCK);
        seal = new PadesSeal(certificate, CLOCK, () -> Optional.of("De Linde (demo)"));
        // what PdfDocuments.render does; the Spring test PdfSealTest seals through PdfDocuments itself
        register = Typesetter.typeset(PdfDocument.titled("Register van ondertekeningen")
                .field("School", "De Linde (demo)")
                .field("Versie", "2")
                .bodyHtml("<p>Łukasz Nowak tekende op 1 september 2026.</p><p>Jöran de Vries tekende ook.</p>")
                .footer("De Linde (demo) · Register v2")
                .build(), (page, pages) -> "Pagina " + page + " van " + pages);
        sealed = seal.seal(register, "Register van de ondertekeningen van versie 2");
    }

    @Test
    void a_sealed_register_is_intact_and_issued_by_the_school() {
        var check = seal.check(sealed);

        assertThat(check.sealed()).isTrue();
        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isTrue();
        assertThat(check.signer()).isEqualTo("De Linde (demo)");
        assertThat(check.signedAt()).isEqualTo(SEALED_AT);
    }

    @Test
    void the_sealed_file_keeps_its_text_and_carries_a_pades_signature_dictionary() throws IOException {
        try (var document = Loader.loadPDF(sealed)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Łukasz Nowak tekende", "Jöran de Vries");
            var signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            var signature = signatures.getFirst();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getCOSObject().getNameAsString(COSName.SUB_FILTER)).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("De Linde (demo)");
            assertThat(signature.getReason()).isEqualTo("Register van de ondertekeningen van versie 2");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SEALED_AT);
        }
    }

    @Test
    void the_signature_has_the_signed_attributes_of_pades_baseline_b() throws Exception {
        try (var document = Loader.loadPDF(sealed)) {
            var signature = document.getSignatureDictionaries().getFirst();
            var cms = new CMSSignedData(PadesSeal.cmsIn(signature.getContents()));
            var signer = cms.getSignerInfos().getSigners().iterator().next();

            assertThat(cms.isDetachedSignature()).isTrue();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
            // the demo key is EC on P-256: ECDSA with SHA-256
            assertThat(signer.getEncryptionAlgOID()).isEqualTo(org.bouncycastle.asn1.x9.X9ObjectIdentifiers.ecdsa_with_SHA256.getId());
            var attributes = signer.getSignedAttributes();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            // PAdES: the claimed time is the dictionary's M entry; a CMS signing-time must not be there
            assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
        }
    }

    @Test
    void a_changed_byte_inside_the_sealed_content_breaks_the_seal() throws IOException {
        int[] range;
        try (var document = Loader.loadPDF(sealed)) {
            range = document.getSignatureDictionaries().getFirst().getByteRange();
        }
        // in the original document's pages and fonts, and in the part written with the seal after its hex string
        for (int offset : new int[] {range[1] / 3, range[1] / 2, range[2] + range[3] / 2}) {
            var tampered = sealed.clone();
            tampered[offset] ^= 0x01;

            var check = seal.check(tampered);

            assertThat(check.intact()).as("byte %d changed", offset).isFalse();
        }
    }

    @Test
    void an_incremental_update_after_sealing_is_not_covered_by_the_seal() throws IOException {
        byte[] appended;
        try (var document = Loader.loadPDF(sealed)) {
            var page = new PDPage();
            document.addPage(page);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            var out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            appended = out.toByteArray();
        }
        assertThat(appended.length).isGreaterThan(sealed.length);
        try (var reloaded = Loader.loadPDF(appended)) {
            assertThat(reloaded.getNumberOfPages()).as("the appended page is really there").isGreaterThan(1);
        }

        var check = seal.check(appended);

        assertThat(check.sealed()).isTrue();
        assertThat(check.intact()).isFalse();
        assertThat(check.issuedBySchool()).as("still the school's certificate, but it does not cover the file")
                .isTrue();
    }

    @Test
    void bytes_appended_after_sealing_break_the_seal() {
        var appended = new byte[sealed.length + 1];
        System.arraycopy(sealed, 0, appended, 0, sealed.length);
        appended[sealed.length] = '\n';

        assertThat(seal.check(appended).intact()).isFalse();
    }

    @Test
    void an_unsealed_pdf_is_reported_as_not_sealed() {
        var check = seal.check(register);

        assertThat(check.sealed()).isFalse();
        assertThat(check.intact()).isFalse();
        assertThat(check.issuedBySchool()).isFalse();
        assertThat(check.signer()).isNull();
    }

    @Test
    void garbage_and_truncated_files_are_not_intact_and_throw_nothing() {
        var random = new Random(42);
        var garbage = new byte[5000];
        random.nextBytes(garbage);
        var truncated = java.util.Arrays.copyOf(sealed, sealed.length / 2);
        var fakeHeader = "%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 99999999 -5 7] /Contents <zz> >>\n"
                .getBytes(StandardCharsets.US_ASCII);

        for (var input : new byte[][] {garbage, truncated, fakeHeader, new byte[0], "%PDF".getBytes()}) {
            var check = seal.check(input);
            assertThat(check.intact()).isFalse();
        }
    }

    @Test
    void a_signature_whose_byte_range_was_edited_to_leave_out_a_change_is_not_intact() throws IOException {
        // An attacker widens the unsigned gap to hide a change: the gap must hold only the hex string.
        var text = new String(sealed, StandardCharsets.ISO_8859_1);
        int[] numbers;
        try (var document = Loader.loadPDF(sealed)) {
            numbers = document.getSignatureDictionaries().getFirst().getByteRange();
        }
        var range = "/ByteRange [0 " + numbers[1] + " " + numbers[2] + " " + numbers[3] + "]";
        var widened = "/ByteRange [0 " + (numbers[1] - 10) + " " + numbers[2] + " " + numbers[3] + "]";
        assertThat(text).contains(range);
        assertThat(widened).hasSameSizeAs(range);
        var tampered = text.replace(range, widened).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(seal.check(tampered).intact()).isFalse();
    }

    @Test
    void a_seal_by_another_certificate_is_intact_but_not_issued_by_the_school() {
        var stranger = SchoolCertificate.demo(folder.resolve("stranger"), "Iemand anders", CLOCK);
        var strangersSeal = new PadesSeal(stranger, CLOCK, Optional::empty);
        var forged = strangersSeal.seal(register, "Nagemaakt");

        var check = seal.check(forged);

        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isFalse();
        assertThat(check.signer()).isEqualTo("Iemand anders");
    }

    @Test
    void without_a_certificate_sealing_says_so_and_checking_still_works() {
        var without = new PadesSeal(null, CLOCK, Optional::empty);

        assertThatThrownBy(() -> without.seal(register, "Register"))
                .isInstanceOf(NoSchoolCertificate.class)
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("pdf.seal.no-certificate"));
        var check = without.check(sealed);
        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isFalse();
    }

    @Test
    void the_demo_certificate_is_made_once_and_reused_on_a_later_start() throws IOException {
        var demoFolder = folder.resolve("reuse");
        var first = SchoolCertificate.demo(demoFolder, "De Linde (demo)", CLOCK);
        var later = SchoolCertificate.demo(demoFolder, "De Linde (demo)", CLOCK.withZone(ZoneOffset.ofHours(2)));

        assertThat(later.certificate()).isEqualTo(first.certificate());
        assertThat(((java.security.interfaces.ECKey) first.certificate().getPublicKey()).getParams().getOrder().bitLength())
                .isEqualTo(256);
        assertThat(Files.getPosixFilePermissions(demoFolder.resolve(SchoolCertificate.DEMO_PASSWORD)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(demoFolder.resolve(SchoolCertificate.DEMO_KEYSTORE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        // a seal made after a restart still counts as the school's
        var afterRestart = new PadesSeal(later, CLOCK, Optional::empty);
        var earlierSeal = new PadesSeal(first, CLOCK, Optional::empty).seal(register, "Register");
        assertThat(afterRestart.check(earlierSeal).issuedBySchool()).isTrue();
    }

    /** A school's certificate may hold an RSA or an EC key; both seal. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"RSA, 2048, SHA256withRSA", "EC, 256, SHA256withECDSA"})
    void the_keystore_from_the_properties_is_used(String keyAlgorithm, int keySize, String signatureAlgorithm)
            throws Exception {
        var keystore = folder.resolve("school.p12");
        var password = "geheim-wachtwoord".toCharArray();
        var generator = KeyPairGenerator.getInstance(keyAlgorithm);
        generator.initialize(keySize);
        var keys = generator.generateKeyPair();
        var name = new X500Name("CN=Stichting De Linde,O=De Linde,C=NL");
        var holder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                Date.from(SEALED_AT.minus(1, ChronoUnit.DAYS)), Date.from(SEALED_AT.plus(365, ChronoUnit.DAYS)),
                name, keys.getPublic()).build(new JcaContentSignerBuilder(signatureAlgorithm).build(keys.getPrivate()));
        var certificate = new JcaX509CertificateConverter().getCertificate(holder);
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("zegel", keys.getPrivate(), password, new Certificate[] {certificate});
        try (var out = Files.newOutputStream(keystore)) {
            store.store(out, password);
        }
        var properties = SealProperties.certificate(keystore.toString(), "geheim-wachtwoord", "zegel",
                folder.resolve("never-made").toString());

        var configured = new PadesSeal(properties, true, CLOCK, new Translations(), new NoBranding(), new NoAuthority());
        var check = configured.check(configured.seal(register, "Register"));

        assertThat(check.intact()).isTrue();
        assertThat(check.issuedBySchool()).isTrue();
        assertThat(check.signer()).isEqualTo("Stichting De Linde");
        assertThat(folder.resolve("never-made")).as("no demo certificate with a keystore configured").doesNotExist();
        assertThat(seal.check(configured.seal(register, "Register")).issuedBySchool())
                .as("the demo certificate is not the school's").isFalse();
    }

    @Test
    void a_wrong_keystore_password_stops_the_start_with_a_clear_message() throws Exception {
        var demoFolder = folder.resolve("wrong-password");
        SchoolCertificate.demo(demoFolder, "De Linde (demo)", CLOCK);
        var properties = SealProperties.certificate(demoFolder.resolve(SchoolCertificate.DEMO_KEYSTORE).toString(), "fout",
                null, null);

        assertThatThrownBy(() -> new PadesSeal(properties, false, CLOCK, new Translations(), new NoBranding(), new NoAuthority()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("codewijzer.seal.password");
    }

    @Test
    void without_demo_mode_and_without_a_keystore_the_app_starts_and_sealing_is_refused() {
        var properties = SealProperties.certificate("", "", "", folder.resolve("not-in-demo").toString());

        var unconfigured = new PadesSeal(properties, false, CLOCK, new Translations(), new NoBranding(), new NoAuthority());

        assertThatThrownBy(() -> unconfigured.seal(register, "Register")).isInstanceOf(NoSchoolCertificate.class);
        assertThat(folder.resolve("not-in-demo")).doesNotExist();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** No school module in a unit test: the seal falls back to the certificate's name. */
    private static final class NoBranding implements org.springframework.beans.factory.ObjectProvider<nl.codewijzer.base.ShellBranding> {
        @Override
        public nl.codewijzer.base.ShellBranding getObject() {
            throw new org.springframework.beans.factory.NoSuchBeanDefinitionException(nl.codewijzer.base.ShellBranding.class);
        }

        @Override
        public nl.codewijzer.base.ShellBranding getObject(Object... args) {
            return getObject();
        }

        @Override
        public nl.codewijzer.base.ShellBranding getIfAvailable() {
            return null;
        }

        @Override
        public nl.codewijzer.base.ShellBranding getIfUnique() {
            return null;
        }
    }

    /** No local authority: these seals are B-B. */
    private static final class NoAuthority implements org.springframework.beans.factory.ObjectProvider<LocalTimestampAuthority> {
        @Override
        public LocalTimestampAuthority getObject() {
            throw new org.springframework.beans.factory.NoSuchBeanDefinitionException(LocalTimestampAuthority.class);
        }

        @Override
        public LocalTimestampAuthority getObject(Object... args) {
            return getObject();
        }

        @Override
        public LocalTimestampAuthority getIfAvailable() {
            return null;
        }

        @Override
        public LocalTimestampAuthority getIfUnique() {
            return null;
        }
    }
}
