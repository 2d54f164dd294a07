package nl.codewijzer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.codewijzer.base.Translations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final PdfDocuments pdfs = new PdfDocuments(new Translations());

    static PdfDocument codeOfConduct(Locale locale) {
        return PdfDocument.titled("Gedragscode sociale media")
                .field("School", "De Linde (demo)")
                .field("Versie", "3")
                .field("Status", "Vastgesteld")
                .field("Opgesteld door", "Łukasz Nowak en Jöran de Vries")
                .field("SHA-256", SHA)
                .bodyHtml("""
                        <h1>Waarom deze code</h1>
                        <p>De <strong>Coördinator</strong> sociale media is Łukasz Nowak; vragen gaan naar Jöran.
                        Ook <em>'s avonds</em> en in het weekend geldt: een <code>ĳsvrij</code> bericht in het café
                        blijft een bericht van de school. <del>Oude regel</del> vervalt.</p>
                        <h2>Afspraken</h2>
                        <ul>
                          <li>We delen geen foto's zonder toestemming.
                            <ul><li>Ook niet in besloten groepen.</li><li>Ook niet na schooltijd.</li></ul>
                          </li>
                          <li>Zie <a href="https://www.example.org/privacy">het privacybeleid</a>.</li>
                        </ul>
                        <ol><li>Eerst melden</li><li>Dan bespreken</li></ol>
                        <blockquote><p>Wat je online zegt, zeg je ook in de klas.</p></blockquote>
                        <table>
                          <thead><tr><th>Rol</th><th>Naam</th></tr></thead>
                          <tbody><tr><td>Coördinator</td><td>Łukasz Nowak</td></tr><tr><td>Secretaris</td><td>Jöran</td></tr></tbody>
                        </table>
                        <pre><code>regel 1
                          ingesprongen regel 2</code></pre>
                        <hr>
                        <p>Einde.</p>
                        """)
                .footer("De Linde (demo) · Gedragscode v3")
                .locale(locale)
                .build();
    }

    @Test
    void names_with_polish_dutch_and_french_letters_come_out_as_written() throws IOException {
        try (var pdf = Loader.loadPDF(pdfs.render(codeOfConduct(Locale.of("nl", "NL"))))) {
            var text = text(pdf);
            assertThat(text).contains("Łukasz Nowak", "Jöran", "Coördinator", "ĳsvrij", "café", "'s avonds");
            assertThat(text).contains("Rol", "Secretaris", "Ook niet in besloten groepen.", "Wat je online zegt");
            assertThat(text).contains(SHA);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(text).contains("Pagina 1 van " + pdf.getNumberOfPages());
            assertThat(text).contains("De Linde (demo) · Gedragscode v3");
        }
    }

    @Test
    void the_title_is_on_page_one_and_in_the_document_information() throws IOException {
        try (var pdf = Loader.loadPDF(pdfs.render(codeOfConduct(Locale.of("nl", "NL"))))) {
            assertThat(text(pdf, 1)).startsWith("Gedragscode sociale media");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Gedragscode sociale media");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Codewijzer");
        }
    }

    @Test
    void a_long_body_runs_over_several_pages_each_numbered_out_of_the_total() throws IOException {
        var body = new StringBuilder("<h1>Lang</h1>");
        for (int i = 1; i <= 40; i++) {
            body.append("<p>Alinea ").append(i).append(": iedereen op school gaat respectvol met elkaar om, ook online. ")
                    .append("Berichten over leerlingen, ouders of collega's plaatsen we niet zonder toestemming.</p>");
        }
        body.append("<table><thead><tr><th>Nr</th><th>Afspraak</th><th>Wie</th></tr></thead><tbody>");
        for (int i = 1; i <= 60; i++) {
            body.append("<tr><td>").append(i).append("</td><td>Afspraak nummer ").append(i)
                    .append(" over het gebruik van sociale media</td><td>Team</td></tr>");
        }
        body.append("</tbody></table>");
        var document = PdfDocument.titled("Lange code").bodyHtml(body.toString()).footer("Test").build();

        try (var pdf = Loader.loadPDF(pdfs.render(document))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(text(pdf, page)).contains("Pagina " + page + " van " + pages);
            }
            var all = text(pdf);
            assertThat(all).contains("Alinea 40:", "Afspraak nummer 60 over");
            // The header row is repeated on every page the table continues on.
            int lastPage = pages;
            assertThat(text(pdf, lastPage)).contains("Afspraak", "Wie");
        }
    }

    @Test
    void the_font_is_embedded_as_a_subset() throws IOException {
        try (var pdf = Loader.loadPDF(pdfs.render(codeOfConduct(Locale.of("nl", "NL"))))) {
            var resources = pdf.getPage(0).getResources();
            int embedded = 0;
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                assertThat(descriptor.getFontFile2()).as("FontFile2 of " + font.getName()).isNotNull();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
                embedded++;
            }
            assertThat(embedded).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void an_english_document_numbers_its_pages_in_english() throws IOException {
        try (var pdf = Loader.loadPDF(pdfs.render(codeOfConduct(Locale.ENGLISH)))) {
            assertThat(text(pdf)).contains("Page 1 of " + pdf.getNumberOfPages()).doesNotContain("Pagina");
        }
    }

    @Test
    void characters_the_font_lacks_become_question_marks_instead_of_an_error() throws IOException {
        var document = PdfDocument.titled("Emoji 🙂 in de titel")
                .field("Naam", "王小明 🙂")
                .bodyHtml("<p>Groet 🙂 en 中文 en een vlag 🇳🇱 in de tekst.</p><table><tr><td>👍</td></tr></table>")
                .footer("Voet 🙂")
                .build();

        assertThatCode(() -> pdfs.render(document)).doesNotThrowAnyException();
        try (var pdf = Loader.loadPDF(pdfs.render(document))) {
            assertThat(text(pdf)).contains("Groet ? en ?? en een vlag ?? in de tekst.");
        }
    }

    @Test
    void whitespace_is_collapsed_as_in_a_browser() throws IOException {
        var document = PdfDocument.titled("Spaties")
                .bodyHtml("<p>  een\n   twee\t<strong> drie </strong>  vier<br>   vijf  </p>")
                .build();
        try (var pdf = Loader.loadPDF(pdfs.render(document))) {
            assertThat(text(pdf)).contains("een twee drie vier" + System.lineSeparator() + "vijf");
        }
    }

    @Test
    void documents_can_be_rendered_on_several_threads_at_once() throws Exception {
        var document = codeOfConduct(Locale.of("nl", "NL"));
        String expected;
        try (var alone = Loader.loadPDF(pdfs.render(document))) {
            expected = text(alone);
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = new ArrayList<Future<byte[]>>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> pdfs.render(document)));
            }
            // the same text as a document rendered alone; not the same length: a document holds the second
            // it was rendered in, compressed with its other objects, so two renders a second apart can
            // differ by a byte (seen at load 12: 29,720 against 29,721 bytes)
            for (var result : results) {
                try (var pdf = Loader.loadPDF(result.get())) {
                    assertThat(text(pdf)).contains("Łukasz Nowak", "Pagina 1 van 1").isEqualTo(expected);
                }
            }
        }
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
