package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.signing.DocumentCheck.Kind;
import nl.codewijzer.signing.DocumentCheck.Verdict;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.SigningDocuments;
import nl.codewijzer.staff.StaffDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate, the register and the adopted code as PDFs, read back as text the way anyone's
 * PDF reader (and the verification page) reads them; and the public check of codes and uploads.
 */
@CodewijzerTest
@RecordApplicationEvents
class SigningPdfTest {

    @Autowired
    Signing signing;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    SignatureVerification verification;
    @Autowired
    SigningDocuments documents;
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
    ApplicationEvents events;
    @Autowired
    nl.codewijzer.pdf.PdfSeal seal;

    SigningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Whitespace as one space, so words that wrapped onto the next line still read as one phrase. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private record Signed(VersionDetail version, SignatureReceipt docent, SignatureReceipt lukasz) {
    }

    private Signed signedByTwo(String title) {
        var version = fixtures.adopted(title);
        SignIn.as(users, "docent@school.example");
        var docent = signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);
        SignIn.as(users, "lukasz.nowak@school.example");
        var lukasz = signing.sign(version.id(), true, "Łukasz Nowak", version.summary().sha256(), SignContext.NONE);
        return new Signed(version, docent, lukasz);
    }

    @Test
    void the_certificate_names_the_person_the_code_the_version_its_sha256_the_time_and_the_verification_code()
            throws IOException {
        var signed = signedByTwo("Bewijs-pdftest");
        SignIn.as(users, "lukasz.nowak@school.example");

        var pdf = signing.certificatePdf(signed.lukasz().signatureId(), Translations.DUTCH);

        var text = text(pdf);
        assertThat(text).contains("Bewijs van ondertekening", "Łukasz Nowak", signed.version().codeTitle(),
                "De Linde (demo)", signed.lukasz().groupedCode(), "online, naam getypt");
        assertThat(text.replaceAll("\\s+", "")).contains(signed.version().summary().sha256());
        assertThat(flat(text)).contains("Versie 1", SigningDocuments.dateTime(signed.lukasz().signedAt(),
                Translations.DUTCH), "Ik heb de gedragscode gelezen en houd mij eraan");
        assertThat(events.stream(SignatureCertificateDownloaded.class))
                .anyMatch(downloaded -> downloaded.signatureId() == signed.lukasz().signatureId());
    }

    @Test
    void the_register_lists_every_signature_with_function_time_and_method_who_is_outstanding_and_the_adoption_and_consent()
            throws IOException {
        var signed = signedByTwo("Register-pdftest");
        SignIn.as(users, "directeur@school.example");

        var text = text(campaigns.registerPdf(signed.version().id(), Translations.DUTCH));

        var flat = flat(text);
        assertThat(flat).contains("Register van ondertekeningen", signed.version().codeTitle(), "Bart de Vries",
                "Łukasz Nowak", signed.docent().groupedCode(), signed.lukasz().groupedCode(),
                SigningDocuments.dateTime(signed.docent().signedAt(), Translations.DUTCH), "Nog niet ondertekend",
                "Functie", "Wijze", "online, naam getypt",
                "Karin Smit", "Vastgesteld op " + SigningDocuments.date(LocalDate.now(SchoolTime.ZONE), Translations.DUTCH),
                "MR-instemming " + SigningDocuments.date(LocalDate.now(SchoolTime.ZONE), Translations.DUTCH));
        var compact = text.replaceAll("\\s+", "");
        assertThat(compact.split(signed.version().summary().sha256(), -1))
                .as("the hash once, in the header: it is the same for every signature of the version").hasSize(1 + 1);
        assertThat(events.stream(SignatureRegisterExported.class)).anyMatch(exported ->
                exported.versionId() == signed.version().id() && exported.format() == SignatureRegisterExported.Format.PDF);
    }

    @Test
    void the_adopted_code_comes_with_its_adoption_and_consent_record_and_its_text() throws IOException {
        var version = fixtures.adopted("Vastgesteld-pdftest");
        SignIn.as(users, "coordinator@school.example");

        var flat = flat(text(campaigns.adoptedCodePdf(version.id(), Translations.DUTCH)));

        assertThat(flat).contains(version.codeTitle(), "Vaststelling en instemming", "na instemming van de "
                + "medezeggenschapsraad op " + SigningDocuments.date(LocalDate.now(SchoolTime.ZONE), Translations.DUTCH));
        assertThat(flat.replace(" ", "")).contains(version.summary().sha256());
    }

    @Test
    void a_verification_code_shows_the_signature_it_belongs_to_with_the_name_shortened() {
        var signed = signedByTwo("Codetest");
        SignIn.as(users, "docent@school.example"); // anyone, even nobody, may check: the page is public

        var typed = signed.docent().groupedCode().toLowerCase().replace("-", " - ");
        var found = verification.byCode(typed).orElseThrow();

        assertThat(found.shortName()).isEqualTo("B. de Vries");
        assertThat(found.codeTitle()).isEqualTo(signed.version().codeTitle());
        assertThat(found.versionNumber()).isEqualTo(1);
        assertThat(found.sha256()).isEqualTo(signed.version().summary().sha256());
        assertThat(found.signedAt()).isEqualTo(signed.docent().signedAt());
        assertThat(found.versionStillActive()).isTrue();
        assertThat(verification.byCode("AAAAA-AAAAA")).isEmpty();
        assertThat(verification.byCode("geen code")).isEmpty();
    }

    @Test
    void an_uploaded_certificate_matches_the_records_and_a_forged_one_is_called_altered() {
        var signed = signedByTwo("Uploadtest");
        SignIn.as(users, "docent@school.example");
        var genuine = signing.certificatePdf(signed.docent().signatureId(), Translations.ENGLISH);

        var check = verification.check(genuine);

        assertThat(check.kind()).isEqualTo(Kind.CERTIFICATE);
        assertThat(check.verdict()).isEqualTo(Verdict.MATCHES);
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.signature().shortName()).isEqualTo("B. de Vries");

        var forged = documents.certificate(new Signature(0, 0, "Karin Smit", "Karin Smit", signed.version().id(), 0,
                signed.version().codeTitle(), 1, signed.version().summary().sha256(), signed.docent().signedAt(),
                "online, naam getypt", null, null, signed.docent().verificationCode()), "De Linde (demo)",
                Translations.DUTCH);
        var forgedCheck = verification.check(forged);
        assertThat(forgedCheck.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(forgedCheck.mismatches()).containsExactly("signing.verify.mismatch.name");
    }

    @Test
    void an_uploaded_register_matches_and_one_with_an_invented_signature_does_not() {
        var signed = signedByTwo("Registeruploadtest");
        SignIn.as(users, "coordinator@school.example");
        var genuine = campaigns.registerPdf(signed.version().id(), Translations.DUTCH);

        var check = verification.check(genuine);

        assertThat(check.kind()).isEqualTo(Kind.REGISTER);
        assertThat(check.verdict()).isEqualTo(Verdict.MATCHES);
        assertThat(check.register().codesInDocument()).isEqualTo(2);
        assertThat(check.register().codesOnRecord()).isEqualTo(2);
        assertThat(check.register().versionNumber()).isEqualTo(1);
        assertThat(check.seal()).isEqualTo(DocumentCheck.Seal.INTACT);
        // what the verification page shows, as the EU's validator (DSS) found it
        assertThat(check.sealCheck().level()).isEqualTo(nl.codewijzer.pdf.SealLevel.B_LTA);
        assertThat(check.sealCheck().validAtSigningTime()).isTrue();
        assertThat(check.sealCheck().timestampAuthority())
                .isEqualTo("Codewijzer demotijdstempeldienst (niet voor echt gebruik)");
        assertThat(check.sealCheck().verdict()).isEqualTo("TOTAL_PASSED");

        var campaign = new SigningCampaign(signed.version().id(), signed.version().summary().codeId(),
                signed.version().codeTitle(), 1, signed.version().summary().sha256(), signed.docent().signedAt());
        var invented = new ArrayList<Signature>(List.of(
                new Signature(0, 0, "Bart de Vries", "Bart de Vries", signed.version().id(), 0, signed.version().codeTitle(),
                        1, signed.version().summary().sha256(), signed.docent().signedAt(), "online, naam getypt", null,
                        null, signed.docent().verificationCode()),
                new Signature(0, 0, "Ingevoegd Persoon", "Ingevoegd Persoon", signed.version().id(), 0,
                        signed.version().codeTitle(), 1, signed.version().summary().sha256(), signed.docent().signedAt(),
                        "online, naam getypt", null, null, "CCCCCDDDDD")));
        var forged = documents.register(new SigningDocuments.Register(campaign, null, null, "De Linde (demo)", invented,
                Map.of(), List.of(), List.of(), 2, signed.docent().signedAt()), Translations.DUTCH);

        var forgedCheck = verification.check(forged);
        assertThat(forgedCheck.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(forgedCheck.mismatches()).contains("signing.verify.mismatch.register-codes");
    }

    @Test
    void the_register_the_adopted_code_and_a_certificate_are_sealed_and_a_register_with_one_byte_changed_is_reported_altered() {
        var signed = signedByTwo("Zegeltest");
        SignIn.as(users, "docent@school.example");
        var certificate = signing.certificatePdf(signed.docent().signatureId(), Translations.DUTCH);
        SignIn.as(users, "directeur@school.example");
        var register = campaigns.registerPdf(signed.version().id(), Translations.DUTCH);
        var adopted = campaigns.adoptedCodePdf(signed.version().id(), Translations.DUTCH);

        assertThat(seal.check(register).intact()).isTrue();
        assertThat(seal.check(register).issuedBySchool()).isTrue();
        assertThat(seal.check(adopted).intact()).isTrue();
        assertThat(seal.check(certificate).issuedBySchool()).isTrue();
        // DSS: PAdES B-LTA and TOTAL_PASSED for all three (demo mode: the local authority and demo CA)
        for (var sealed : List.of(register, adopted, certificate)) {
            var check = seal.check(sealed);
            assertThat(check.level()).isEqualTo(nl.codewijzer.pdf.SealLevel.B_LTA);
            assertThat(check.verdict()).isEqualTo("TOTAL_PASSED");
            assertThat(check.timestampedAt()).isNotNull();
        }
        assertThat(campaigns.sealing()).isTrue();

        var tampered = register.clone();
        tampered[11] ^= 0x01; // inside the PDF's binary comment line: still a readable PDF, no longer the sealed bytes
        var check = verification.check(tampered);

        assertThat(check.kind()).isEqualTo(Kind.REGISTER);
        assertThat(check.seal()).isEqualTo(DocumentCheck.Seal.BROKEN);
        assertThat(check.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(check.mismatches()).containsExactly("signing.verify.mismatch.seal");
        assertThat(check.register().codesOnRecord()).as("the text itself still matches").isEqualTo(2);
    }

    @Test
    void a_file_that_is_no_pdf_or_no_codewijzer_document_gets_a_clear_verdict() {
        assertThat(verification.check("dit is geen pdf".getBytes()).verdict()).isEqualTo(Verdict.UNREADABLE);
        SignIn.as(users, "docent@school.example");
        var someOtherPdf = codeTexts.pdf(signing.outstanding().getFirst().versionId(), Translations.DUTCH);
        assertThat(verification.check(someOtherPdf).verdict()).isEqualTo(Verdict.NOT_RECOGNISED);
    }
}
