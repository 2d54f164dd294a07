package nl.codewijzer.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.codewijzer.Application;
import nl.codewijzer.publication.PublicPages;
import nl.codewijzer.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The public page of the code under 200 concurrent anonymous readers (issue 15, "Measured"): each
 * reader fetches {@code /code/de-linde-demo} (the demo school's adopted code) 10 times, all starting
 * at once. Server time per answer from the page's own {@code Server-Timing} header (target p95 ≤ 50 ms),
 * the time the reader waited over loopback beside it, and server memory per reader: heap after a full
 * GC before and after the 200 readers (the page holds no Vaadin UI and no session, so this should be
 * about nothing), and the number of answers that set a cookie (a session).
 *
 * <p>Writes {@code target/benchmarks/public-page.json}. Not a test. Run alone:
 * {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.PublicPageBenchmark}
 */
public final class PublicPageBenchmark {

    private static final int READERS = 200;
    private static final int READS_EACH = 10;

    private PublicPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var context = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:benchmark-public-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--codewijzer.demo.enabled=true", "--server.port=0", "--vaadin.launch-browser=false",
                "--server.tomcat.threads.max=200",
                "--codewijzer.archive.dir=target/benchmark-archive/public",
                "--codewijzer.seal.demo-dir=target/benchmark-seal/public", "--logging.level.root=warn");
        try {
            var base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            var directeur = context.getBean(UserDetailsService.class).loadUserByUsername("directeur@school.example");
            var slug = SystemActor.runAsPerson(directeur, () -> context.getBean(PublicPages.class).switchOn()).slug();
            var address = URI.create(base + "/code/" + slug);
            var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < 300; i++) { // warm up
                client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.discarding());
            }
            long heapBefore = heapAfterGc();
            var server = Collections.synchronizedList(new ArrayList<Double>());
            var waited = Collections.synchronizedList(new ArrayList<Double>());
            var cookies = new AtomicInteger();
            var failures = new AtomicInteger();
            var bytes = new AtomicInteger();
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(READERS);
            long began = System.nanoTime();
            for (int reader = 0; reader < READERS; reader++) {
                pool.submit(() -> {
                    var own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
                    start.await();
                    for (int i = 0; i < READS_EACH; i++) {
                        long sent = System.nanoTime();
                        var answer = own.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofByteArray());
                        waited.add((System.nanoTime() - sent) / 1e6);
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        bytes.set(answer.body().length);
                        answer.headers().firstValue("Server-Timing").map(value -> value.replaceAll(".*dur=", ""))
                                .ifPresent(duration -> server.add(Double.parseDouble(duration)));
                        if (answer.headers().firstValue("Set-Cookie").isPresent()) {
                            cookies.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - began) / 1e9;
            long heapAfter = heapAfterGc();
            double perReaderKb = Math.max(0, heapAfter - heapBefore) / 1024.0 / READERS;
            double serverP95 = percentile(server, 95);
            var json = String.format(Locale.ROOT, """
                    {
                      "benchmark": "public page of the code, concurrent anonymous readers",
                      "java": "%s",
                      "processors": %d,
                      "readers": %d,
                      "readsEach": %d,
                      "pageBytes": %d,
                      "failures": %d,
                      "answersThatSetACookie": %d,
                      "requestsPerSecond": %.0f,
                      "serverMs": {"p50": %.2f, "p95": %.2f, "max": %.2f},
                      "waitedMs": {"p50": %.2f, "p95": %.2f, "max": %.2f},
                      "heapAfterGcBeforeKb": %d,
                      "heapAfterGcAfterKb": %d,
                      "heapPerReaderKb": %.2f,
                      "targetServerP95Ms": 50,
                      "withinTarget": %s
                    }
                    """, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), READERS,
                    READS_EACH, bytes.get(), failures.get(), cookies.get(), server.size() / seconds,
                    percentile(server, 50), serverP95, percentile(server, 100), percentile(waited, 50),
                    percentile(waited, 95), percentile(waited, 100), heapBefore / 1024, heapAfter / 1024, perReaderKb,
                    serverP95 <= 50 && failures.get() == 0 && server.size() == READERS * READS_EACH);
            System.out.printf(Locale.ROOT, "public page, %d readers x %d: server p95 %.2f ms (target <= 50), waited p95 "
                    + "%.2f ms, %.2f KB heap per reader, %d cookies, %d failures%n", READERS, READS_EACH, serverP95,
                    percentile(waited, 95), perReaderKb, cookies.get(), failures.get());
            System.out.print(json);
            var out = Path.of("target", "benchmarks", "public-page.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json);
        } finally {
            context.close();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
