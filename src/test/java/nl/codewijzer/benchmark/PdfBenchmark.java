package nl.codewijzer.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import org.apache.pdfbox.Loader;

/**
 * How much our typesetting costs on top of PDFBox itself: renders a ~10-page code of conduct with
 * {@link PdfDocuments} and, in the same run, writes the text lines of that PDF with the yardstick of
 * all PDF benchmarks, {@link BarePdfbox} (the same lines, the same DejaVu font embedded as a
 * subset, A4). Both are warmed up, then timed alternately; the medians and their ratio are printed
 * and written to {@code target/benchmarks/pdf.json}. Target: ratio at most 2.
 *
 * <p>PdfDocuments switches PDFBox's glyph substitution off (see DocumentFonts); the target ratio is
 * against PDFBox's defaults, and a second bare run with substitution off is reported beside it, so
 * the cost of the layout alone is visible too.
 *
 * <p>Run alone: {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.PdfBenchmark}
 */
public final class PdfBenchmark {

    private static final int WARM_UP = 150;
    private static final int RUNS = 21;
    private static final double TARGET_RATIO = 2.0;

    private static final float SIZE = 10.5f;
    private static final float LEADING_FACTOR = 1.42f;

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var html = body();
        var document = PdfDocument.titled("Gedragscode sociale media")
                .field("School", "De Linde (demo)")
                .field("Versie", "3")
                .field("Status", "Vastgesteld")
                .field("SHA-256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .bodyHtml(html)
                .footer("De Linde (demo) · Gedragscode v3")
                .locale(Locale.of("nl", "NL"))
                .build();
        var pdfs = newPdfDocuments();
        byte[] fontFile;
        try (InputStream in = PdfBenchmark.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            fontFile = in.readAllBytes();
        }

        byte[] rendered = pdfs.render(document);
        var lines = BarePdfbox.textLines(rendered);
        byte[] bare = bare(lines, fontFile, true);
        for (int i = 0; i < WARM_UP; i++) {
            pdfs.render(document);
            bare(lines, fontFile, true);
            bare(lines, fontFile, false);
        }
        var renderTimes = new long[RUNS];
        var bareTimes = new long[RUNS];
        var bareWithoutGsubTimes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pdfs.render(document);
            renderTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bare(lines, fontFile, true);
            bareTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bare(lines, fontFile, false);
            bareWithoutGsubTimes[i] = System.nanoTime() - start;
        }
        double renderMs = median(renderTimes);
        double bareMs = median(bareTimes);
        double bareWithoutGsubMs = median(bareWithoutGsubTimes);
        double ratio = renderMs / bareMs;
        int renderedPages = pages(rendered);
        int barePages = pages(bare);

        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "pdf",
                  "java": "%s",
                  "runs": %d,
                  "warmUpRuns": %d,
                  "renderPages": %d,
                  "renderBytes": %d,
                  "barePdfboxPages": %d,
                  "barePdfboxBytes": %d,
                  "textLines": %d,
                  "renderMedianMs": %.2f,
                  "barePdfboxMedianMs": %.2f,
                  "ratio": %.2f,
                  "barePdfboxWithoutGsubMedianMs": %.2f,
                  "ratioToBareWithoutGsub": %.2f,
                  "targetRatio": %.1f,
                  "withinTarget": %s
                }
                """, System.getProperty("java.version"), RUNS, WARM_UP, renderedPages, rendered.length, barePages,
                bare.length, lines.size(), renderMs, bareMs, ratio, bareWithoutGsubMs, renderMs / bareWithoutGsubMs, TARGET_RATIO, ratio <= TARGET_RATIO);
        System.out.printf(Locale.ROOT, "PdfDocuments.render: %.2f ms (%d pages), bare PDFBox: %.2f ms (%d pages), ratio %.2f (target <= %.1f)%n",
                renderMs, renderedPages, bareMs, barePages, ratio, TARGET_RATIO);
        System.out.printf(Locale.ROOT, "bare PDFBox with glyph substitution off (as PdfDocuments does): %.2f ms, ratio %.2f%n",
                bareWithoutGsubMs, renderMs / bareWithoutGsubMs);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "pdf.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    /** The constructor is package-private, for Spring; the benchmark builds the service as Spring would. */
    private static PdfDocuments newPdfDocuments()
            throws NoSuchMethodException, InstantiationException, IllegalAccessException, InvocationTargetException {
        var constructor = PdfDocuments.class.getDeclaredConstructor(Translations.class);
        constructor.setAccessible(true);
        return constructor.newInstance(new Translations());
    }

    /** A deterministic code of about ten pages: sections with paragraphs and lists, and one table. */
    static String body() {
        var html = new StringBuilder();
        String[] topics = {"Respect", "Privacy", "Foto's en video", "Klassenapps", "Ouders", "Stages", "Klachten",
            "Meldingen", "Cyberpesten", "Accounts", "Wachtwoorden", "Gastsprekers", "Nieuwsbrief", "Website", "Evaluatie"};
        for (int s = 0; s < topics.length; s++) {
            html.append("<h2>").append(s + 1).append(". ").append(topics[s]).append("</h2>");
            for (int p = 0; p < 4; p++) {
                html.append("<p>Op De Linde gaan leerlingen, ouders en medewerkers <strong>respectvol</strong> met elkaar om, ")
                        .append("ook online en ook <em>'s avonds</em>. Dit geldt voor berichten in de klassenapp, op ")
                        .append("sociale media en in e-mail. Wie twijfelt, vraagt het eerst aan de coördinator (regel ")
                        .append(s + 1).append('.').append(p + 1).append(").</p>");
            }
            html.append("<ul><li>We plaatsen geen foto's van anderen zonder hun toestemming.</li>")
                    .append("<li>We reageren binnen twee werkdagen op berichten van ouders.<ul>")
                    .append("<li>In vakanties geldt dit niet.</li><li>Bij spoed belt u de school.</li></ul></li>")
                    .append("<li>Meldingen gaan naar de vertrouwenspersoon; zie <a href=\"https://example.org/melden\">melden</a>.</li></ul>");
            if (s == 5) {
                html.append("<table><thead><tr><th>Nr</th><th>Afspraak</th><th>Verantwoordelijk</th><th>Termijn</th></tr></thead><tbody>");
                for (int r = 1; r <= 50; r++) {
                    html.append("<tr><td>").append(r).append("</td><td>Afspraak ").append(r)
                            .append(" over het delen van berichten en beelden</td><td>Team ").append(r % 4 + 1)
                            .append("</td><td>").append(r % 3 + 1).append(" weken</td></tr>");
                }
                html.append("</tbody></table>");
            }
        }
        return html.toString();
    }

    /** The lines with the yardstick, at the size and leading of our body text. */
    private static byte[] bare(List<String> lines, byte[] fontFile, boolean glyphSubstitution) {
        return BarePdfbox.write(lines, fontFile, SIZE, LEADING_FACTOR, glyphSubstitution);
    }

    private static int pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
