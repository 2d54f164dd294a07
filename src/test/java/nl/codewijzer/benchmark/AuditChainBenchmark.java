package nl.codewijzer.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.audit.internal.AuditChain;
import nl.codewijzer.audit.internal.NewEntry;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail at the size of years of use: appends 100,000 rows to a fresh file H2 database
 * (as the app runs it, {@code WRITE_DELAY=0}) and times the verification of the whole chain, which
 * recomputes every row's hash and reads the rows 2,000 at a time (the page size the app uses).
 * Also times single-row appends, each in a transaction of its own: the audit cost a signature
 * pays. Writes {@code target/benchmarks/audit-chain.json}. Not a test: no target, the figure is
 * reported.
 *
 * <p>Run with all benchmarks: {@code mvn -q test-compile exec:java} (see {@link AllBenchmarks}).
 */
public final class AuditChainBenchmark {

    private static final int ROWS = 100_000;
    private static final int BATCH = 1_000;
    private static final int VERIFY_PAGE = 2_000;
    private static final int VERIFY_RUNS = 5;
    private static final int SINGLE_APPENDS = 1_000;

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var folder = Path.of("target", "benchmarks", "audit-chain-db-" + System.nanoTime());
        var url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("audit") + ";WRITE_DELAY=0";
        var dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
            var chain = new AuditChain(dataSource);
            var transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

            long start = System.nanoTime();
            for (int first = 1; first <= ROWS - SINGLE_APPENDS; first += BATCH) {
                var entries = new ArrayList<NewEntry>(BATCH);
                for (int i = first; i < first + BATCH && i <= ROWS - SINGLE_APPENDS; i++) {
                    entries.add(entry(i));
                }
                transaction.executeWithoutResult(status -> chain.append(entries));
            }
            double bulkSeconds = (System.nanoTime() - start) / 1e9;
            var single = new long[SINGLE_APPENDS];
            for (int i = 0; i < SINGLE_APPENDS; i++) {
                var entry = List.of(entry(ROWS - SINGLE_APPENDS + 1 + i));
                long t = System.nanoTime();
                transaction.executeWithoutResult(status -> chain.append(entry));
                single[i] = System.nanoTime() - t;
            }

            var check = chain.verify(VERIFY_PAGE); // warms up the code and the database's cache
            if (!check.intact() || check.checked() != ROWS) {
                throw new IllegalStateException("The benchmark's chain should be intact with " + ROWS + " rows: " + check);
            }
            var verify = new long[VERIFY_RUNS];
            for (int run = 0; run < VERIFY_RUNS; run++) {
                long t = System.nanoTime();
                chain.verify(VERIFY_PAGE);
                verify[run] = System.nanoTime() - t;
            }

            double verifyMedian = median(verify);
            var json = String.format(Locale.ROOT, """
                    {
                      "benchmark": "audit-chain",
                      "java": "%s",
                      "processors": %d,
                      "loadAverageAtStart": %.2f,
                      "database": "H2 file, WRITE_DELAY=0",
                      "rows": %d,
                      "bulkAppendSeconds": %.2f,
                      "bulkAppendBatch": %d,
                      "singleRowAppendMedianMs": %.3f,
                      "singleRowAppendP95Ms": %.3f,
                      "verifyPageSize": %d,
                      "verifyRuns": %d,
                      "verifyMedianMs": %.1f,
                      "verifyMinMs": %.1f,
                      "verifyMaxMs": %.1f,
                      "verifyRowsPerSecond": %.0f,
                      "intact": %s
                    }
                    """, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage, ROWS,
                    bulkSeconds, BATCH, median(single), percentile(single, 0.95), VERIFY_PAGE, VERIFY_RUNS,
                    verifyMedian, min(verify), max(verify), ROWS / (verifyMedian / 1000), check.intact());
            System.out.printf(Locale.ROOT, "audit chain: %,d rows; verification median %.0f ms (%d runs, %.0f rows/s); "
                    + "single-row append median %.2f ms, p95 %.2f ms%n", ROWS, verifyMedian, VERIFY_RUNS,
                    ROWS / (verifyMedian / 1000), median(single), percentile(single, 0.95));
            System.out.print(json);
            var out = Path.of("target", "benchmarks", "audit-chain.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json);
        } finally {
            new JdbcTemplate(dataSource).execute("shutdown");
            dataSource.destroy();
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Rows like the real ones: a person, an action on a version, a SHA-256 in the details. */
    private static NewEntry entry(int i) {
        long person = 1 + i % 40;
        return new NewEntry(Instant.parse("2026-01-05T07:30:00Z").plusSeconds(i * 37L), person, "Medewerker " + person,
                i % 5 == 0 ? "login.succeeded" : "signature.recorded", "code_version", Long.toString(1 + i % 7), person,
                "number=" + (1 + i % 7) + "; sha256=" + "%064x".formatted(i));
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double fraction) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }
}
