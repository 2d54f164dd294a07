package nl.codewijzer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.internal.LocalSeal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The documents a school keeps for years are PDF/A-2b, checked by the PDF Association's own
 * validator (veraPDF), not by us: as typeset, and still after the seal (B-LTA, with its timestamp
 * and validation data) was added.
 */
class ArchivalPdfTest {

    private final PdfDocuments pdfs = new PdfDocuments(new Translations());

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void a_typeset_document_is_pdf_a_2b() throws Exception {
        var pdf = pdfs.render(PdfDocumentsTest.codeOfConduct(Translations.DUTCH));

        assertThat(violations(pdf)).isEmpty();
    }

    @Test
    void a_sealed_document_is_still_pdf_a_2b(@TempDir Path folder) throws Exception {
        try (var local = new LocalSeal(folder, SealLevel.B_LTA)) {
            var sealed = local.seal().seal(pdfs.render(PdfDocumentsTest.codeOfConduct(Translations.DUTCH)),
                    "Gedragscode sociale media, versie 3");

            assertThat(violations(sealed)).isEmpty();
        }
    }

    @Test
    void the_check_can_fail_a_document_without_its_archival_metadata() throws Exception {
        var pdf = pdfs.render(PdfDocumentsTest.codeOfConduct(Translations.DUTCH));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().setMetadata(null);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            // without its identification a document does not claim PDF/A at all; checked as 2b it fails
            assertThat(violations(out.toByteArray())).isNotEmpty();
        }
    }

    /** veraPDF's failed rules, as "clause test: description" lines. */
    private static java.util.Set<String> violations(byte[] pdf) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            var result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }
}
