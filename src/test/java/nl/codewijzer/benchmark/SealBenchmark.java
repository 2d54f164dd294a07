package nl.codewijzer.benchmark;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.pdf.SealLevel;
import nl.codewijzer.pdf.internal.LocalSeal;

/**
 * What the seal costs: a register of 3,000 signatures rendered with {@link PdfDocuments}, then sealed
 * at PAdES B-LTA with the local demo authority and the demo CA's revocation list (both over HTTP on
 * the loopback address), against the same register unsealed and, in the same run, the same text lines
 * written by bare PDFBox ({@link BarePdfbox}). The seal's own cost is the difference between sealed and
 * unsealed, in time and in bytes. Target: at most 300 ms and 100 KB. Figures in
 * {@code target/benchmarks/seal.json}.
 *
 * <p>Run alone: {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.SealBenchmark}
 */
public final class SealBenchmark {

    private static final int SIGNATURES = 3_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private SealBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var pdfs = newPdfDocuments();
        var document = register();
        byte[] fontFile;
        try (InputStream in = SealBenchmark.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            fontFile = in.readAllBytes();
        }
        var folder = Files.createTempDirectory("seal-benchmark");
        try (var local = new LocalSeal(folder, SealLevel.B_LTA)) {
            var seal = local.seal();
            byte[] unsealed = pdfs.render(document);
            var lines = BarePdfbox.textLines(unsealed);
            byte[] sealed = seal.seal(unsealed, "Register");
            byte[] bare = BarePdfbox.write(lines, fontFile, 10.5f, 1.42f);
            for (int i = 0; i < WARM_UP; i++) {
                seal.seal(pdfs.render(document), "Register");
                BarePdfbox.write(lines, fontFile, 10.5f, 1.42f);
            }
            var renderTimes = new long[RUNS];
            var sealTimes = new long[RUNS];
            var bareTimes = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                var rendered = pdfs.render(document);
                renderTimes[i] = System.nanoTime() - start;
                start = System.nanoTime();
                seal.seal(rendered, "Register");
                sealTimes[i] = System.nanoTime() - start;
                start = System.nanoTime();
                BarePdfbox.write(lines, fontFile, 10.5f, 1.42f);
                bareTimes[i] = System.nanoTime() - start;
            }
            double renderMs = median(renderTimes);
            double sealMs = median(sealTimes);
            double bareMs = median(bareTimes);
            long sealBytes = sealed.length - unsealed.length;
            var check = seal.check(sealed);
            var json = String.format(Locale.ROOT, """
                    {
                      "benchmark": "seal",
                      "java": "%s",
                      "signatures": %d,
                      "runs": %d,
                      "level": "%s",
                      "levelFoundByDss": "%s",
                      "dssVerdict": "%s",
                      "unsealedMedianMs": %.2f,
                      "sealMedianMs": %.2f,
                      "sealedTotalMedianMs": %.2f,
                      "barePdfboxMedianMs": %.2f,
                      "unsealedBytes": %d,
                      "sealedBytes": %d,
                      "sealBytes": %d,
                      "barePdfboxBytes": %d,
                      "targetSealMs": 300,
                      "targetSealBytes": 102400,
                      "withinTarget": %s
                    }
                    """, System.getProperty("java.version"), SIGNATURES, RUNS, seal.level().label(), check.level(),
                    check.verdict(), renderMs, sealMs, renderMs + sealMs, bareMs, unsealed.length, sealed.length,
                    sealBytes, bare.length, sealMs <= 300 && sealBytes <= 102_400);
            System.out.printf(Locale.ROOT, "Register of %d signatures: unsealed %.0f ms (%d bytes), seal B-LTA +%.0f ms "
                    + "(+%d bytes), bare PDFBox %.0f ms (%d bytes); DSS: %s %s%n", SIGNATURES, renderMs, unsealed.length,
                    sealMs, sealBytes, bareMs, bare.length, check.level(), check.verdict());
            System.out.print(json);
            var out = Path.of("target", "benchmarks", "seal.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json);
        }
    }

    /** A register as SigningDocuments lays it out: a header and one table row per signature. */
    private static PdfDocument register() {
        var html = new StringBuilder("<h2>Ondertekeningen</h2><table><thead><tr><th>Naam</th><th>Ondertekend op</th>"
                + "<th>Verificatiecode</th></tr></thead><tbody>");
        for (int i = 1; i <= SIGNATURES; i++) {
            html.append("<tr><td>Medewerker ").append(i).append(" van Dijk</td><td>")
                    .append(1 + i % 28).append(" september 2026, 10:").append(String.format("%02d", i % 60))
                    .append("</td><td>").append(String.format("ABCDE-%05d", i)).append("</td></tr>");
        }
        html.append("</tbody></table>");
        return PdfDocument.titled("Register van ondertekeningen")
                .field("School", "De Linde (benchmark)")
                .field("Versie", "3")
                .field("SHA-256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .bodyHtml(html.toString())
                .footer("De Linde (benchmark) · Register v3")
                .locale(Locale.of("nl", "NL"))
                .build();
    }

    private static PdfDocuments newPdfDocuments()
            throws NoSuchMethodException, InstantiationException, IllegalAccessException, InvocationTargetException {
        var constructor = PdfDocuments.class.getDeclaredConstructor(Translations.class);
        constructor.setAccessible(true);
        return constructor.newInstance(new Translations());
    }

    private static double median(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
