package nl.codewijzer.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.codewijzer.teamday.WordCloud;

/**
 * The word list of an open team-day poll (issue 15): the most frequent words of 300 open answers,
 * Dutch stop words left out, as the projector, the console and every phone redraw it after a vote
 * or a hidden answer. Answers of 3 to 60 words (up to about 400 characters) drawn from Dutch
 * sentences about the code; the first (cold) computation, then the median, p95 and maximum of 1,000
 * after 300 warm-up runs. Target ≤ 20 ms. Writes {@code target/benchmarks/wordcloud.json}.
 */
public final class WordCloudBenchmark {

    private static final int ANSWERS = 300;
    private static final int WARMUP = 300;
    private static final int RUNS = 1_000;
    private static final double TARGET_MS = 20;

    private static final String[] TEXT = ("Ik vind dat we in het weekend geen contact met leerlingen moeten hebben via "
            + "WhatsApp, alleen via de schoolmail of de klassengroep. Een mentor mag de whatsapp-groep van de klas "
            + "gebruiken maar niet privé appen. 's Avonds na acht uur is de telefoon uit, behalve op schoolreis of in "
            + "de examenweek. Privéproblemen horen bij de mentor, de vertrouwenspersoon of het zorgteam en niet bij "
            + "een docent op zaterdag. Volg leerlingen niet terug op Instagram of TikTok. Een zakelijk account zoals "
            + "meester Bart is prima, een privéaccount met vakantiefoto's niet. Meld het bij de schoolleiding als een "
            + "collega over de grens gaat; bij een vermoeden van een zedendelict is melden verplicht. Nieuwe collega's "
            + "tekenen de gedragscode bij hun start en ouders mogen zien wat we hebben afgesproken.").split(" ");

    private WordCloudBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var random = new Random(15);
        var answers = new ArrayList<String>(ANSWERS);
        long characters = 0;
        for (int i = 0; i < ANSWERS; i++) {
            int length = 3 + random.nextInt(58);
            var answer = new StringBuilder();
            for (int w = 0; w < length; w++) {
                answer.append(w == 0 ? "" : " ").append(TEXT[random.nextInt(TEXT.length)]);
            }
            answers.add(answer.toString());
            characters += answer.length();
        }
        long start = System.nanoTime();
        var first = WordCloud.of(answers);
        double coldMs = (System.nanoTime() - start) / 1e6;
        int sink = first.words().size();
        for (int i = 0; i < WARMUP; i++) {
            sink += WordCloud.of(answers).maxCount();
        }
        var times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            sink += WordCloud.of(answers).maxCount();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        double median = times[RUNS / 2];
        double p95 = times[(int) Math.ceil(RUNS * 0.95) - 1];
        double max = times[RUNS - 1];
        List<String> top = first.words().stream().limit(5).map(word -> word.text() + " " + word.count()).toList();
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "wordcloud",
                  "java": "%s",
                  "answers": %d,
                  "characters": %d,
                  "runs": %d,
                  "coldMs": %.3f,
                  "medianMs": %.3f,
                  "p95Ms": %.3f,
                  "maxMs": %.3f,
                  "words": %d,
                  "targetMs": %.0f,
                  "withinTarget": %s
                }
                """, System.getProperty("java.version"), ANSWERS, characters, RUNS, coldMs, median, p95, max,
                first.words().size(), TARGET_MS, p95 <= TARGET_MS);
        System.out.printf(Locale.ROOT, "Word cloud of %d open answers (%d characters): cold %.2f ms, median %.3f ms, "
                + "p95 %.3f ms, max %.3f ms (target %.0f ms); top: %s [%d]%n", ANSWERS, characters, coldMs, median, p95,
                max, TARGET_MS, top, sink % 10);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "wordcloud.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }
}
