package nl.codewijzer.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.codetext.TextDiff;

/**
 * Times the two hot paths of the code text on a realistic code of about 20 KB: rendering plus
 * sanitising (target 5 ms) and the word-level comparison of two versions (target 20 ms).
 * Not a test: timings depend on the machine. Run with
 * {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.RenderAndDiffBenchmark};
 * the figures go to the console and to {@code target/benchmarks/render-and-diff.json}.
 *
 * <p>Both wall-clock time and the measuring thread's CPU time are recorded: on a shared build
 * machine other processes steal the CPU, which shows in wall-clock outliers but not in CPU time.
 * The system load average at the start is recorded with them, so a reader can tell which it was.
 */
public final class RenderAndDiffBenchmark {

    private static final double RENDER_TARGET_MS = 5.0;
    private static final double DIFF_TARGET_MS = 20.0;
    private static final int WARM_UP = 200;
    private static final int RENDER_RUNS = 2_000;
    private static final int DIFF_RUNS = 1_000;
    private static final int WORD_CHANGES = 30;
    private static final long SEED = 20_260_501L;
    /** Marks a changed line while the next version is built; removed before it is returned. */
    private static final String CHANGED_MARK = "\u0000";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] SENTENCES = {
            "Medewerkers gaan zorgvuldig om met berichten van leerlingen en ouders.",
            "We delen geen foto's van leerlingen zonder schriftelijke toestemming van hun ouders.",
            "Een bericht 's avonds na acht uur hoeft pas de volgende werkdag beantwoord te worden.",
            "De mentor is het eerste aanspreekpunt; bij twijfel overlegt hij of zij met de teamleider.",
            "Privéaccounts worden niet gebruikt voor contact met leerlingen, ook niet tijdens excursies.",
            "Bij ideeën voor een nieuw kanaal vraagt de sectie eerst advies aan de functionaris gegevensbescherming.",
            "Wie online gepest wordt, meldt dit bij de vertrouwenspersoon; samen zoeken we een oplossing.",
            "Łukasz en Zoë uit de leerlingenraad hebben meegelezen en hun opmerkingen zijn verwerkt.",
            "Het ĳsbaanuitje, de sportdag en de musical mogen op de schoolwebsite, mits niemand bezwaar maakt.",
            "Klachten over berichten op sociale media behandelen we volgens de klachtenregeling van de school.",
            "Collega's spreken elkaar aan op gedrag dat niet past bij deze afspraken, rustig en respectvol.",
            "Na drie jaar evalueert de medezeggenschapsraad de gedragscode en stelt zo nodig wijzigingen voor.",
    };
    private static final String[] HEADINGS = {
            "Doel en reikwijdte", "Contact met leerlingen", "Contact met ouders", "Beeldmateriaal",
            "Privacy en gegevens", "Online pesten", "Bereikbaarheid", "Gebruik van groepsapps",
            "Uitingen namens de school", "Incidenten en meldingen", "Evaluatie", "Slotbepalingen",
    };
    private static final String[] REPLACEMENTS = {
            "nauwkeurig", "leerkrachten", "directie", "wekelijks", "spoedig", "teamleden", "schriftelijk",
            "coördinator", "één", "beëindigd", "voortaan", "jaarlijks",
    };

    private RenderAndDiffBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        SafeMarkdown markdown = new SafeMarkdown();
        TextDiff diff = new TextDiff();
        String oldVersion = codeOfConduct(20 * 1024);
        Edit edit = edited(oldVersion);
        TextDiff.Comparison check = diff.compare(oldVersion, edit.text());

        System.out.printf(Locale.ROOT, "Machine: %d processors, system load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), loadAverage);
        System.out.printf(Locale.ROOT, "Input: %d bytes of Markdown, %d lines; new version: %d bytes, %d words changed, %d lines added, %d removed%n",
                bytes(oldVersion), oldVersion.lines().count(), bytes(edit.text()), edit.changedWords(), edit.addedLines(), edit.removedLines());
        System.out.printf(Locale.ROOT, "Comparison found: %d changed, %d added, %d removed lines%n",
                check.changedLines(), check.addedLines(), check.removedLines());

        Stats render = measure(() -> markdown.toHtml(oldVersion), RENDER_RUNS);
        Stats compare = measure(() -> diff.compare(oldVersion, edit.text()), DIFF_RUNS);

        report("render+sanitise", render, RENDER_TARGET_MS);
        report("word-level diff", compare, DIFF_TARGET_MS);

        String json = String.format(Locale.ROOT, """
                {
                  "machine": {"availableProcessors": %d, "java": "%s", "systemLoadAverageAtStart": %.2f},
                  "input": {"markdownBytes": %d, "markdownLines": %d, "newVersionBytes": %d, "changedWords": %d, "addedLines": %d, "removedLines": %d,
                            "comparisonChangedLines": %d, "comparisonAddedLines": %d, "comparisonRemovedLines": %d},
                  "warmUpIterations": %d,
                  "render": %s,
                  "diff": %s
                }
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage,
                bytes(oldVersion), oldVersion.lines().count(), bytes(edit.text()), edit.changedWords(), edit.addedLines(), edit.removedLines(),
                check.changedLines(), check.addedLines(), check.removedLines(), WARM_UP,
                render.json(RENDER_RUNS, RENDER_TARGET_MS), compare.json(DIFF_RUNS, DIFF_TARGET_MS));
        Path out = Path.of("target", "benchmarks", "render-and-diff.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private record Stats(double medianMs, double p95Ms, double cpuMedianMs, double cpuP95Ms) {

        String json(int iterations, double targetMs) {
            return String.format(Locale.ROOT, "{\"iterations\": %d, \"medianMs\": %.3f, \"p95Ms\": %.3f, "
                            + "\"cpuMedianMs\": %.3f, \"cpuP95Ms\": %.3f, \"targetMs\": %.1f, "
                            + "\"metByMedian\": %b, \"metByP95\": %b, \"metByCpuP95\": %b}",
                    iterations, medianMs, p95Ms, cpuMedianMs, cpuP95Ms, targetMs,
                    medianMs <= targetMs, p95Ms <= targetMs, cpuP95Ms <= targetMs);
        }
    }

    private record Edit(String text, int changedWords, int addedLines, int removedLines) {
    }

    /** Whatever the measured call returns is kept, so the JIT cannot drop the work. */
    private static volatile Object sink;

    private static Stats measure(Supplier<?> work, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            sink = work.get();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = work.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        return new Stats(percentileMs(wall, 50), percentileMs(wall, 95), percentileMs(cpu, 50), percentileMs(cpu, 95));
    }

    private static double percentileMs(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(sorted.length * percentile / 100.0) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void report(String what, Stats stats, double targetMs) {
        System.out.printf(Locale.ROOT, "%-16s wall median %.3f ms, p95 %.3f ms; CPU median %.3f ms, p95 %.3f ms (target %.0f ms)%n",
                what, stats.medianMs(), stats.p95Ms(), stats.cpuMedianMs(), stats.cpuP95Ms(), targetMs);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A deterministic code of conduct of at least the given size: headings, paragraphs, lists, a table. */
    static String codeOfConduct(int minimumBytes) {
        Random random = new Random(SEED);
        StringBuilder text = new StringBuilder("# Gedragscode sociale media\n\n");
        text.append("Vastgesteld door het bevoegd gezag na instemming van de MR. Versie 2, ").append("één van de afspraken van onze school.\n\n");
        text.append("| Kanaal | Wie | Reactie binnen |\n|:-------|:---:|---------------:|\n");
        text.append("| E-mail | ouders | 2 werkdagen |\n| Magister | leerlingen | 1 werkdag |\n| Telefoon | iedereen | dezelfde dag |\n\n");
        int section = 0;
        while (bytes(text.toString()) < minimumBytes) {
            text.append("## ").append(section + 1).append(". ").append(HEADINGS[section % HEADINGS.length]).append("\n\n");
            for (int paragraph = 0; paragraph < 2; paragraph++) {
                for (int sentence = 0; sentence < 3; sentence++) {
                    text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(sentence < 2 ? " " : "\n");
                }
                text.append('\n');
            }
            text.append("### Afspraken\n\n");
            for (int item = 0; item < 4; item++) {
                text.append(item % 2 == 0 ? "- " : "- **Let op:** ").append(SENTENCES[random.nextInt(SENTENCES.length)]).append('\n');
            }
            text.append("\n1. Eerst de mentor.\n2. Dan de teamleider.\n3. Zie [de klachtenregeling](https://school.example/klachten).\n\n");
            section++;
        }
        return text.toString();
    }

    /** The next version: about thirty single-word changes spread over the text, three lines added, three removed. */
    static Edit edited(String oldVersion) {
        Random random = new Random(SEED + 1);
        List<String> lines = new ArrayList<>(oldVersion.lines().toList());
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.split(" ").length >= 8 && !line.startsWith("#") && !line.startsWith("|")) {
                prose.add(i);
            }
        }
        int changedWords = 0;
        int step = prose.size() / WORD_CHANGES;
        for (int n = 0; n < WORD_CHANGES; n++) {
            int lineIndex = prose.get(n * step + random.nextInt(Math.max(1, step)));
            String[] words = lines.get(lineIndex).split(" ");
            int word = 2 + random.nextInt(words.length - 4);
            String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
            if (replacement.equals(words[word])) {
                replacement = replacement + "s";
            }
            words[word] = replacement;
            lines.set(lineIndex, String.join(" ", words) + CHANGED_MARK);
            changedWords++;
        }
        int removed = 0;
        for (int at : new int[] {lines.size() / 5, lines.size() / 2, lines.size() * 4 / 5}) {
            while (lines.get(at).endsWith(CHANGED_MARK)) {
                at++; // keep every word change visible: remove an unchanged line
            }
            lines.remove(at);
            removed++;
        }
        lines.replaceAll(line -> line.endsWith(CHANGED_MARK) ? line.substring(0, line.length() - 1) : line);
        int added = 0;
        for (int at : new int[] {lines.size() / 7, lines.size() / 3, lines.size() * 2 / 3}) {
            lines.add(at, "Nieuw: leerlingen mogen 's avonds geen appgroepen met docenten starten.");
            added++;
        }
        return new Edit(String.join("\n", lines) + "\n", changedWords, added, removed);
    }
}
