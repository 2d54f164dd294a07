package nl.codewijzer.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.codewijzer.Application;
import nl.codewijzer.PostgresServer;
import nl.codewijzer.Reactions;
import nl.codewijzer.StatementCounter;
import nl.codewijzer.audit.internal.AuditChainer;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.CheckQuestion;
import nl.codewijzer.signing.SignContext;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.signing.UnderstandingChecks;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffSeeding;
import org.apache.pdfbox.Loader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing at the size of a school, measured (not asserted: a shared 2-core machine varies):
 *
 * <ol>
 *   <li>The server time of one sign action ({@link Signing#sign}) while 50 staff members sign at
 *       the same moment, on an H2 file database with durable commits ({@code WRITE_DELAY=0}, as
 *       shipped): median, p95 and maximum over several rounds, each a newly adopted code so that
 *       every round's 50 signatures are new; then the same on PostgreSQL (a throwaway server from
 *       the PostgreSQL test tier, decision 0017), side by side. Target: p95 at most 150 ms on both.</li>
 *   <li>The register PDF of a version with 3,000 signatures ({@link SigningCampaigns#registerPdf}:
 *       database reads and typesetting; unsealed, the seal's cost is its own) against bare PDFBox
 *       writing the same table rows with the same font in the same run. Target: at most 1.5x.</li>
 *   <li>A personal certificate ({@link Signing#certificatePdf}) against bare PDFBox writing its
 *       text lines with the same font. Target: at most 2x.</li>
 *   <li>The sign flow of a version with a five-question understanding check, per step (the page, a wrong
 *       try graded, the right answers graded, the signature): p95 of the CPU time and of the statements,
 *       one signer at a time (see {@link #signFlowWithCheck}).</li>
 * </ol>
 * Writes {@code target/benchmarks/signing.json} and {@code target/benchmarks/signing-check.json}.
 *
 * <p>Run alone: {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.SigningBenchmark};
 * part 4 alone with {@code -Dsigning.part=check} added, part 1 alone (H2 and PostgreSQL, to
 * {@code target/benchmarks/signing-sign.json}) with {@code -Dsigning.part=sign}. Part 1 prints where the
 * measured rounds' CPU went by thread (signers, audit chainer, reactions, and the rest of the process: GC, JIT,
 * the VM); {@code -Dsigning.jfr=<folder>} records a JFR profile of the measured rounds only ({@code sign-h2.jfr},
 * {@code sign-postgresql.jfr}; settings "profile", one sample per millisecond).
 */
public final class SigningBenchmark {

    private static final int SIGNERS = 50;
    /**
     * Rounds of 50 before the measured ones. The JIT compilers keep compiling the sign's path (Spring, Hibernate, the
     * database driver, H2) for several hundred signs after start: measured on 2026-12-06, the process CPU per sign on
     * H2 fell from about 25 ms (first round) to about 11 ms (rounds 16-21), on PostgreSQL from 11 to 7 ms. With 2
     * warm-up rounds, as before, the measured rounds were mostly compile work. 16 rounds (800 signs) measure a
     * server that has been up for a while; {@code -Dsigning.warmup=N} changes it, {@code -Dsigning.rounds=true}
     * prints each round's process CPU per sign to see the curve.
     */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("signing.warmup", 16);
    private static final int ROUNDS = 8;
    private static final int REGISTER_SIGNATURES = 3_000;
    private static final int PDF_WARM_UP = 15;
    private static final int PDF_RUNS = 11;
    private static final int CERTIFICATE_WARM_UP = 200;
    private static final int CERTIFICATE_RUNS = 51;
    private static final double SIGN_TARGET_MS = 150;
    private static final double REGISTER_TARGET_RATIO = 1.5;
    private static final double CERTIFICATE_TARGET_RATIO = 2.0;
    private static final String PASSWORD = "benchmark-wachtwoord";
    /** Part 4: signers through the sign flow with a check, one at a time; the first ones warm the JIT up. */
    private static final int CHECK_SIGNERS = 120;
    private static final int CHECK_WARM_UP = 20;

    private SigningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var folder = Path.of("target", "benchmark-signing", String.valueOf(System.nanoTime())).toAbsolutePath();
        Files.createDirectories(folder);
        // part 4 counts statements, so it keeps the statement counter the other parts switch off
        var withCounter = args.clone();
        if ("check".equals(System.getProperty("signing.part"))) {
            checkFlowPart(folder, withCounter); // -Dsigning.part=check: part 4 alone, a few minutes instead of the whole run
            return;
        }
        double[] sign;
        // the statement counter of the tests wraps every JDBC call in a reflective proxy: not in a measurement of CPU
        var signArgs = new ArrayList<>(List.of(args));
        signArgs.add("--codewijzer.test.count-statements=false");
        args = signArgs.toArray(String[]::new);
        try (var context = start("jdbc:h2:file:" + folder.resolve("codewijzer") + ";WRITE_DELAY=0", args)) {
            sign = signUnderLoad(context, "h2");
        }
        // the same run on PostgreSQL, a throwaway server of the PostgreSQL test tier (decision 0017)
        double[] signPostgres;
        var postgres = PostgresServer.shared();
        var postgresArgs = new ArrayList<>(List.of(args));
        postgresArgs.addAll(List.of("--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=" + PostgresServer.PASSWORD));
        try (var context = start(postgres.newDatabase("benchmark_signing"), postgresArgs.toArray(String[]::new))) {
            signPostgres = signUnderLoad(context, "postgresql");
        }
        if ("sign".equals(System.getProperty("signing.part"))) {
            signPart(load, sign, signPostgres); // -Dsigning.part=sign: part 1 alone, H2 and PostgreSQL, about half the run
            return;
        }
        double[] pdfs;
        try (var context = start("jdbc:h2:mem:benchmark-signing-pdf;DB_CLOSE_DELAY=-1", args)) {
            pdfs = pdfs(context);
        }
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "signing",
                  "java": "%s",
                  "systemLoadAtStart": %.2f,
                  "concurrentSigners": %d,
                  "signRounds": %d,
                  "signSamples": %d,
                  "signMedianMs": %.2f,
                  "signP95Ms": %.2f,
                  "signMaxMs": %.2f,
                  "signAloneMedianMs": %.2f,
                  "signAloneCpuMedianMs": %.2f,
                  "signProcessCpuPerSignMs": %.2f,
                  "signTargetP95Ms": %.0f,
                  "signWithinTarget": %s,
                  "postgresqlSignMedianMs": %.2f,
                  "postgresqlSignP95Ms": %.2f,
                  "postgresqlSignMaxMs": %.2f,
                  "postgresqlSignAloneMedianMs": %.2f,
                  "postgresqlSignAloneCpuMedianMs": %.2f,
                  "postgresqlSignProcessCpuPerSignMs": %.2f,
                  "postgresqlSignWithinTarget": %s,
                  "registerSignatures": %d,
                  "registerPages": %d,
                  "registerMedianMs": %.2f,
                  "registerBarePdfboxMedianMs": %.2f,
                  "registerRatio": %.2f,
                  "registerTargetRatio": %.1f,
                  "registerWithinTarget": %s,
                  "certificateMedianMs": %.2f,
                  "certificateBarePdfboxMedianMs": %.2f,
                  "certificateRatio": %.2f,
                  "certificateTargetRatio": %.1f,
                  "certificateWithinTarget": %s
                }
                """, System.getProperty("java.version"), load, SIGNERS, ROUNDS, (int) sign[3], sign[0], sign[1], sign[2],
                sign[4], sign[5], sign[6], SIGN_TARGET_MS, sign[1] <= SIGN_TARGET_MS, signPostgres[0], signPostgres[1],
                signPostgres[2], signPostgres[4], signPostgres[5], signPostgres[6], signPostgres[1] <= SIGN_TARGET_MS,
                REGISTER_SIGNATURES, (int) pdfs[5], pdfs[0], pdfs[1],
                pdfs[0] / pdfs[1], REGISTER_TARGET_RATIO, pdfs[0] / pdfs[1] <= REGISTER_TARGET_RATIO, pdfs[2], pdfs[3],
                pdfs[2] / pdfs[3], CERTIFICATE_TARGET_RATIO, pdfs[2] / pdfs[3] <= CERTIFICATE_TARGET_RATIO);
        printSign(sign, signPostgres);
        System.out.printf(Locale.ROOT, "register PDF (%d signatures, %d pages): %.1f ms, bare PDFBox %.1f ms, ratio %.2f "
                + "(target <= %.1f)%n", REGISTER_SIGNATURES, (int) pdfs[5], pdfs[0], pdfs[1], pdfs[0] / pdfs[1],
                REGISTER_TARGET_RATIO);
        System.out.printf(Locale.ROOT, "certificate PDF: %.2f ms, bare PDFBox %.2f ms, ratio %.2f (target <= %.1f)%n",
                pdfs[2], pdfs[3], pdfs[2] / pdfs[3], CERTIFICATE_TARGET_RATIO);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "signing.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        checkFlowPart(folder, withCounter);
    }

    private static void printSign(double[] sign, double[] signPostgres) {
        System.out.printf(Locale.ROOT, "sign with %d concurrent signers (H2 file, WRITE_DELAY=0): median %.1f ms, "
                + "p95 %.1f ms (target <= %.0f), max %.1f ms over %d signatures, the process's CPU %.1f ms per sign; "
                + "one at a time: median %.1f ms, of which CPU on the signer's thread %.1f ms%n",
                SIGNERS, sign[0], sign[1], SIGN_TARGET_MS, sign[2], (int) sign[3], sign[6], sign[4], sign[5]);
        System.out.printf(Locale.ROOT, "sign with %d concurrent signers (PostgreSQL %s): median %.1f ms, "
                + "p95 %.1f ms (target <= %.0f), max %.1f ms over %d signatures, the process's CPU %.1f ms per sign; "
                + "one at a time: median %.1f ms, of which CPU on the signer's thread %.1f ms "
                + "(the database server's not counted)%n",
                SIGNERS, "test server", signPostgres[0], signPostgres[1], SIGN_TARGET_MS, signPostgres[2],
                (int) signPostgres[3], signPostgres[6], signPostgres[4], signPostgres[5]);
    }

    /** Part 1 alone: its figures to {@code target/benchmarks/signing-sign.json}. */
    private static void signPart(double load, double[] sign, double[] signPostgres) throws java.io.IOException {
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "signing, part 1 (signing under load) alone",
                  "java": "%s",
                  "systemLoadAtStart": %.2f,
                  "systemLoadAtEnd": %.2f,
                  "concurrentSigners": %d,
                  "signSamples": %d,
                  "signMedianMs": %.2f,
                  "signP95Ms": %.2f,
                  "signAloneCpuMedianMs": %.2f,
                  "signProcessCpuPerSignMs": %.2f,
                  "postgresqlSignMedianMs": %.2f,
                  "postgresqlSignP95Ms": %.2f,
                  "postgresqlSignAloneCpuMedianMs": %.2f,
                  "postgresqlSignProcessCpuPerSignMs": %.2f,
                  "warmUpRounds": %d,
                  "signProcessCpuByThread": "%s",
                  "postgresqlSignProcessCpuByThread": "%s"
                }
                """, System.getProperty("java.version"), load,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), SIGNERS, (int) sign[3], sign[0],
                sign[1], sign[5], sign[6], signPostgres[0], signPostgres[1], signPostgres[5], signPostgres[6],
                WARM_UP_ROUNDS, BREAKDOWN.getOrDefault("h2", ""), BREAKDOWN.getOrDefault("postgresql", ""));
        printSign(sign, signPostgres);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "signing-sign.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    /**
     * Starts the app on its own database. The settings are given as command-line arguments: those
     * win over application.properties (default properties would not, and the app would open ./data).
     */
    static ConfigurableApplicationContext start(String databaseUrl, String[] args) {
        return start(databaseUrl, args, new ApplicationContextInitializer<?>[0]);
    }

    /** The same, with something set up before the app starts (a clock of the benchmark's own). */
    static ConfigurableApplicationContext start(String databaseUrl, String[] args,
            ApplicationContextInitializer<?>... initializers) {
        var settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--codewijzer.demo.enabled=false", "--server.port=0", "--vaadin.launch-browser=false",
                "--codewijzer.setup.admin-email=beheerder@benchmark.example",
                "--codewijzer.archive.dir=target/benchmark-archive/signing-" + System.nanoTime(),
                "--codewijzer.seal.demo-dir=target/benchmark-seal/signing-" + System.nanoTime(),
                "--logging.level.root=warn"));
        settings.addAll(List.of(args));
        return new SpringApplicationBuilder(Application.class).initializers(initializers)
                .run(settings.toArray(String[]::new));
    }

    // ---- 1. signing under load ----

    /**
     * Returns median, p95, max (ms), the number of samples, the median of one signer at a time, and that signer's CPU
     * time on its own thread (median; with H2 this includes the database's work, which runs on the caller's thread).
     * The CPU time hardly depends on what else the machine does, so it compares runs on a busy machine. Last, the CPU
     * time of the whole JVM during the measured 50-at-once rounds per sign: what two cores must do for one sign,
     * including work a sign leaves to other threads (and GC and JIT), which the signer's thread alone would miss.
     */
    private static double[] signUnderLoad(ConfigurableApplicationContext context, String label) throws Exception {
        var school = new School(context);
        school.seedStaff(SIGNERS, "ondertekenaar");
        var signers = new ArrayList<String>();
        for (int i = 1; i <= SIGNERS; i++) {
            signers.add(School.email("ondertekenaar", i));
        }
        var signing = context.getBean(Signing.class);
        var chainer = context.getBean(AuditChainer.class);
        var users = context.getBean(UserDetailsService.class);
        var principals = signers.stream().map(users::loadUserByUsername).toList();
        var samples = new ArrayList<Double>();
        long measuredProcessCpu = 0;
        var threadCpu = new ThreadCpu();
        jdk.jfr.Recording recording = null;
        var pool = Executors.newFixedThreadPool(SIGNERS);
        try {
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                if (round == WARM_UP_ROUNDS && System.getProperty("signing.jfr") != null) {
                    // -Dsigning.jfr=<folder>: a profile of the measured rounds only (not start-up, seeding, warm-up)
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
                    recording.start();
                }
                var version = school.adoptedCode("Belastingtest " + round);
                var ready = new CountDownLatch(SIGNERS);
                var go = new CountDownLatch(1);
                var timings = new ArrayList<Future<Double>>();
                for (int i = 0; i < SIGNERS; i++) {
                    var principal = principals.get(i);
                    var name = "Ondertekenaar " + (i + 1);
                    timings.add(pool.submit(() -> SystemActor.runAsPerson(principal, () -> {
                        ready.countDown();
                        await(go);
                        long start = System.nanoTime();
                        signing.sign(version.id(), true, name, version.summary().sha256(), SignContext.NONE);
                        return (System.nanoTime() - start) / 1_000_000.0;
                    })));
                }
                ready.await();
                long processCpu = processCpuNanos();
                if (round >= WARM_UP_ROUNDS) {
                    threadCpu.start();
                }
                go.countDown();
                for (var timing : timings) {
                    var millis = timing.get();
                    if (round >= WARM_UP_ROUNDS) {
                        samples.add(millis);
                    }
                }
                // the round's audit rows chained too (the chainer thread may still be at it): their cost is the sign's
                chainer.chainNow();
                if (round >= WARM_UP_ROUNDS) {
                    long roundCpu = processCpuNanos() - processCpu;
                    measuredProcessCpu += roundCpu;
                    threadCpu.stop(roundCpu);
                }
                if (Boolean.getBoolean("signing.rounds")) {
                    System.out.printf(Locale.ROOT, "%s round %d: process CPU %.2f ms per sign, JIT %d ms%n", label, round,
                            (processCpuNanos() - processCpu) / 1e6 / SIGNERS,
                            ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
                }
            }
            if (recording != null) {
                var file = Path.of(System.getProperty("signing.jfr"), "sign-" + label + ".jfr");
                Files.createDirectories(file.getParent());
                recording.stop();
                recording.dump(file);
                recording.close();
                System.out.println("JFR of the measured rounds: " + file);
            }
            threadCpu.print(label, ROUNDS * SIGNERS);
            BREAKDOWN.put(label, threadCpu.line(ROUNDS * SIGNERS));
            // the same sign action one signer at a time: its cost without waiting for the others
            var version = school.adoptedCode("Een voor een");
            var alone = new ArrayList<Double>();
            var aloneCpu = new ArrayList<Double>();
            var threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < SIGNERS; i++) {
                var name = "Ondertekenaar " + (i + 1);
                alone.add(SystemActor.runAsPerson(principals.get(i), () -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    signing.sign(version.id(), true, name, version.summary().sha256(), SignContext.NONE);
                    long elapsed = System.nanoTime() - start;
                    aloneCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000.0);
                    return elapsed / 1_000_000.0;
                }));
            }
            Collections.sort(alone);
            Collections.sort(aloneCpu);
            Collections.sort(samples);
            return new double[] {percentile(samples, 50), percentile(samples, 95), samples.getLast(), samples.size(),
                percentile(alone, 50), percentile(aloneCpu, 50), measuredProcessCpu / 1_000_000.0 / samples.size()};
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Where the measured rounds' CPU went, by thread: the signers, the audit chainer, the other Java threads of the
     * app (reactions, mail, the pool's housekeeping), and the rest of the process (GC, JIT compilers, the VM), which
     * has no Java thread to ask. Printed per sign, so the next engineer sees what a cut must attack.
     */
    private static final java.util.Map<String, String> BREAKDOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static final class ThreadCpu {

        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final java.util.Map<String, Long> totals = new java.util.TreeMap<>();
        private java.util.Map<Long, Long> before = java.util.Map.of();
        private java.util.Map<Long, String> names = java.util.Map.of();
        private long process;

        private long compileBefore;
        private long gcBefore;
        private long compile;
        private long gc;

        void start() {
            before = snapshot();
            compileBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            gcBefore = gcMillis();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
                    .sum();
        }

        void stop(long roundProcessCpu) {
            var after = snapshot();
            long javaThreads = 0;
            for (var entry : after.entrySet()) {
                long used = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
                var name = names.getOrDefault(entry.getKey(), "?");
                var group = name.startsWith("pool-") ? "signers" : name.equals("audit-chainer") ? "audit chainer"
                        : name.startsWith("reaction-") ? "reactions"
                        : name.equals(Thread.currentThread().getName()) ? "benchmark (chainNow)" : "other Java threads";
                totals.merge(group, used, Long::sum);
                javaThreads += used;
            }
            totals.merge("GC, JIT and the VM (no Java thread)", roundProcessCpu - javaThreads, Long::sum);
            compile += ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileBefore;
            gc += gcMillis() - gcBefore;
            process += roundProcessCpu;
        }

        void print(String label, int signs) {
            System.out.println(label + ": " + line(signs));
        }

        String line(int signs) {
            var line = new StringBuilder(String.format(Locale.ROOT, "process CPU %.2f ms per sign =", process / 1e6 / signs));
            totals.forEach((group, nanos) -> line.append(String.format(Locale.ROOT, " %s %.2f;", group, nanos / 1e6 / signs)));
            line.append(String.format(Locale.ROOT, " (JIT compiling %.2f ms and GC %.2f ms of elapsed time per sign)",
                    (double) compile / signs, (double) gc / signs));
            return line.toString();
        }

        private java.util.Map<Long, Long> snapshot() {
            var cpu = new java.util.HashMap<Long, Long>();
            var named = new java.util.HashMap<Long, String>(names);
            for (var info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
                if (info != null) {
                    long time = threads.getThreadCpuTime(info.getThreadId());
                    if (time >= 0) {
                        cpu.put(info.getThreadId(), time);
                        named.put(info.getThreadId(), info.getThreadName());
                    }
                }
            }
            names = named;
            return cpu;
        }
    }

    /** The CPU time of the whole JVM so far: every thread's, the sign's work on other threads included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // ---- 2 and 3. the register and the certificate ----

    /** Returns register ms, bare ms, certificate ms, bare ms, certificate id, register pages. */
    private static double[] pdfs(ConfigurableApplicationContext context) throws Exception {
        var school = new School(context);
        school.seedStaff(REGISTER_SIGNATURES, "medewerker");
        var version = school.signedByAll("Registertest");
        var campaigns = context.getBean(SigningCampaigns.class);
        var signing = context.getBean(Signing.class);
        var users = context.getBean(UserDetailsService.class);
        var coordinator = users.loadUserByUsername(School.COORDINATOR);
        Supplier<byte[]> register = () -> SystemActor.runAsPerson(coordinator,
                () -> campaigns.registerPdf(version.id(), Translations.DUTCH));
        byte[] font;
        try (var in = SigningBenchmark.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        var registerPdf = register.get();
        var rows = BarePdfbox.textLines(registerPdf);
        for (int i = 0; i < PDF_WARM_UP; i++) {
            register.get();
            BarePdfbox.write(rows, font, 9.5f, 1.4f);
        }
        var registerTimes = new double[PDF_RUNS];
        var bareTimes = new double[PDF_RUNS];
        for (int i = 0; i < PDF_RUNS; i++) {
            registerTimes[i] = time(register);
            bareTimes[i] = time(() -> BarePdfbox.write(rows, font, 9.5f, 1.4f));
        }

        var signer = users.loadUserByUsername(School.email("medewerker", 1));
        var signatureId = SystemActor.runAsPerson(signer, () -> signing.mySignatures().getFirst().signatureId());
        Supplier<byte[]> certificate = () -> SystemActor.runAsPerson(signer,
                () -> signing.certificatePdf(signatureId, Translations.DUTCH));
        var lines = BarePdfbox.textLines(certificate.get());
        for (int i = 0; i < CERTIFICATE_WARM_UP; i++) {
            certificate.get();
            BarePdfbox.write(lines, font, 10.5f, 1.4f);
        }
        var certificateTimes = new double[CERTIFICATE_RUNS];
        var bareCertificateTimes = new double[CERTIFICATE_RUNS];
        for (int i = 0; i < CERTIFICATE_RUNS; i++) {
            certificateTimes[i] = time(certificate);
            bareCertificateTimes[i] = time(() -> BarePdfbox.write(lines, font, 10.5f, 1.4f));
        }
        int pages;
        try (var document = Loader.loadPDF(registerPdf)) {
            pages = document.getNumberOfPages();
        }
        return new double[] {median(registerTimes), median(bareTimes), median(certificateTimes),
            median(bareCertificateTimes), signatureId, pages};
    }

    // ---- 4. the sign flow with an understanding check, per step ----

    /**
     * The sign flow of a version with a five-question understanding check (decision 0043), one signer at a
     * time, per step as the sign page calls the services: the page ({@link Signing#signPage}), a wrong try
     * ({@link UnderstandingChecks#grade}), the right answers graded, and the signature with the answers
     * ({@link Signing#sign}, which grades again). Per step the p95 of the CPU time on the caller's thread (with
     * H2 that includes the database's work) and of the statements sent, which hardly depend on what else the
     * machine does; the wall-clock p95 is written too, but on a shared machine it says little. The statement
     * counter's proxy is switched on here, which adds a few per cent to the CPU figures.
     *
     * @return per step (page, wrong, right, sign): CPU p95 ms, CPU median ms, statements p95, statements max,
     *     wall p95 ms; then the number of signers
     */
    private static double[] signFlowWithCheck(ConfigurableApplicationContext context) {
        var school = new School(context);
        school.seedStaff(CHECK_SIGNERS, "lezer");
        var version = school.adoptedCode("Begripscheck");
        var articles = nl.codewijzer.codetext.ChangedSections.headings(version.markdown());
        var questions = new ArrayList<CheckQuestion>();
        var right = new java.util.LinkedHashMap<Integer, Integer>();
        var wrong = new java.util.LinkedHashMap<Integer, Integer>();
        for (int number = 1; number <= 5; number++) {
            questions.add(new CheckQuestion("Scenariovraag " + number + ": wat doet u?",
                    List.of("Het eerste antwoord", "Het tweede antwoord", "Het derde antwoord"), 2,
                    "Uitleg bij vraag " + number + ".", articles.get((number - 1) % articles.size())));
            right.put(number, 2);
            wrong.put(number, number == 3 ? 1 : 2); // one wrong answer: the explanation and the article come back
        }
        var checks = context.getBean(UnderstandingChecks.class);
        school.as(School.COORDINATOR, () -> checks.replace(version.id(), questions));
        var signing = context.getBean(Signing.class);
        var users = context.getBean(UserDetailsService.class);
        var threads = ManagementFactory.getThreadMXBean();
        var steps = List.<java.util.function.Function<String, Object>>of(
                name -> signing.signPage(version.id()),
                name -> checks.grade(version.id(), wrong),
                name -> checks.grade(version.id(), right),
                name -> signing.sign(version.id(), true, name, version.summary().sha256(), right, SignContext.NONE));
        var cpu = new ArrayList<List<Double>>();
        var statements = new ArrayList<List<Double>>();
        var wall = new ArrayList<List<Double>>();
        for (int step = 0; step < steps.size(); step++) {
            cpu.add(new ArrayList<>());
            statements.add(new ArrayList<>());
            wall.add(new ArrayList<>());
        }
        for (int i = 1; i <= CHECK_SIGNERS; i++) {
            var name = "Lezer " + i;
            var principal = users.loadUserByUsername(School.email("lezer", i));
            SystemActor.runAsPerson(principal, () -> {
                for (int step = 0; step < steps.size(); step++) {
                    var action = steps.get(step);
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    var counted = StatementCounter.count(() -> action.apply(name));
                    long elapsed = System.nanoTime() - start;
                    cpu.get(step).add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0);
                    wall.get(step).add(elapsed / 1_000_000.0);
                    statements.get(step).add((double) counted.statements());
                }
                return null;
            });
        }
        var result = new double[steps.size() * 5 + 1];
        for (int step = 0; step < steps.size(); step++) {
            // the first signers warm the JIT up: their CPU is the cold start, not the flow
            var warm = new ArrayList<>(cpu.get(step).subList(CHECK_WARM_UP, CHECK_SIGNERS));
            Collections.sort(warm);
            var counts = new ArrayList<>(statements.get(step));
            Collections.sort(counts);
            var times = new ArrayList<>(wall.get(step).subList(CHECK_WARM_UP, CHECK_SIGNERS));
            Collections.sort(times);
            result[step * 5] = percentile(warm, 95);
            result[step * 5 + 1] = percentile(warm, 50);
            result[step * 5 + 2] = percentile(counts, 95);
            result[step * 5 + 3] = counts.getLast();
            result[step * 5 + 4] = percentile(times, 95);
        }
        result[steps.size() * 5] = CHECK_SIGNERS - CHECK_WARM_UP;
        return result;
    }

    /** Runs part 4 on its own H2 file database (durable commits, as shipped) and writes signing-check.json. */
    private static void checkFlowPart(Path folder, String[] args) throws Exception {
        var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] flow;
        try (var context = start("jdbc:h2:file:" + folder.resolve("check") + ";WRITE_DELAY=0", args)) {
            flow = signFlowWithCheck(context);
        }
        var names = List.of("page", "gradeWrong", "gradeRight", "signWithCheck");
        var json = new StringBuilder(String.format(Locale.ROOT, """
                {
                  "benchmark": "signing-check",
                  "java": "%s",
                  "systemLoadAtStart": %.2f,
                  "questions": 5,
                  "signersMeasured": %d,
                """, System.getProperty("java.version"), load, (int) flow[names.size() * 5]));
        for (int step = 0; step < names.size(); step++) {
            var name = names.get(step);
            json.append(String.format(Locale.ROOT, """
                      "%sCpuP95Ms": %.2f,
                      "%sCpuMedianMs": %.2f,
                      "%sStatementsP95": %.0f,
                      "%sStatementsMax": %.0f,
                      "%sWallP95Ms": %.2f%s
                    """, name, flow[step * 5], name, flow[step * 5 + 1], name, flow[step * 5 + 2], name,
                    flow[step * 5 + 3], name, flow[step * 5 + 4], step == names.size() - 1 ? "" : ","));
            System.out.printf(Locale.ROOT, "sign flow with a check, %s: CPU p95 %.2f ms (median %.2f), statements p95 %.0f "
                    + "(max %.0f), wall p95 %.1f ms%n", name, flow[step * 5], flow[step * 5 + 1], flow[step * 5 + 2],
                    flow[step * 5 + 3], flow[step * 5 + 4]);
        }
        json.append("}\n");
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "signing-check.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    // ---- the school ----

    /** Staff, codes and campaigns for the measurements, made through the services as the app does. */
    static final class School {

        static final String COORDINATOR = "coordinator@benchmark.example";
        static final String DIRECTEUR = "directeur@benchmark.example";
        private final ConfigurableApplicationContext context;
        private final UserDetailsService users;

        School(ConfigurableApplicationContext context) {
            this.context = context;
            this.users = context.getBean(UserDetailsService.class);
            var seeding = context.getBean(StaffSeeding.class);
            SystemActor.runAs(() -> {
                var start = LocalDate.now(SchoolTime.ZONE).minusYears(2);
                seeding.add(new PersonForm("Coördinator", COORDINATOR, Set.of(Role.COORDINATOR, Role.MEDEWERKER), null,
                        start, null), PASSWORD);
                return seeding.add(new PersonForm("Directeur", DIRECTEUR, Set.of(Role.SCHOOLLEIDING, Role.MEDEWERKER),
                        null, start, null), PASSWORD);
            });
        }

        static String email(String kind, int number) {
            return kind + number + "@benchmark.example";
        }

        /** Adds staff members in one transaction (no code is adopted yet, so nobody is asked to sign). */
        void seedStaff(int count, String kind) {
            var seeding = context.getBean(StaffSeeding.class);
            var transaction = context.getBean(TransactionTemplate.class);
            var start = LocalDate.now(SchoolTime.ZONE).minusYears(1);
            SystemActor.runAs(() -> transaction.execute(status -> {
                for (int i = 1; i <= count; i++) {
                    seeding.add(new PersonForm(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + i,
                            email(kind, i), Set.of(Role.MEDEWERKER), null, start, null), null);
                }
                return count;
            }));
        }

        /** A new code, adopted now: everyone on staff is asked to sign it (after the commit, as in the app). */
        VersionDetail adoptedCode(String title) {
            var codeTexts = context.getBean(CodeTexts.class);
            var first = as(COORDINATOR, () -> codeTexts.createCode(title + " " + System.nanoTime(),
                    "gedragscode-sociale-media"));
            SystemActor.runAs(() -> {
                codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING);
                codeTexts.transition(first.id(), VersionStatus.INGESTEMD);
                return codeTexts.transition(first.id(), VersionStatus.VASTGESTELD);
            });
            awaitReactions(); // the staff are asked on the reaction thread
            return as(DIRECTEUR, () -> codeTexts.version(first.id()));
        }

        /** A code adopted a month ago that every staff member has signed since. */
        VersionDetail signedByAll(String title) {
            var codeTexts = context.getBean(CodeTexts.class);
            var signingSeeding = context.getBean(SigningSeeding.class);
            var staff = context.getBean(StaffDirectory.class);
            var transaction = context.getBean(TransactionTemplate.class);
            var first = as(COORDINATOR, () -> codeTexts.createCode(title, "gedragscode-sociale-media"));
            var signed = SystemActor.runAs(() -> transaction.execute(status -> {
                codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING);
                codeTexts.transition(first.id(), VersionStatus.INGESTEMD);
                codeTexts.transition(first.id(), VersionStatus.VASTGESTELD);
                var adopted = Instant.now().minusSeconds(30L * 24 * 3600);
                var seeds = new ArrayList<SigningSeeding.Seed>();
                int i = 0;
                for (var member : staff.activeStaff()) {
                    seeds.add(new SigningSeeding.Seed(member.id(), adopted.plusSeconds(600L + 97L * i++), null));
                }
                signingSeeding.pastCampaign(first.id(), adopted, LocalDate.now(SchoolTime.ZONE).minusDays(40), seeds);
                return codeTexts.version(first.id());
            }));
            awaitReactions();
            return signed;
        }

        /** Waits until the reactions to events (enrolment after an adoption) have run. */
        void awaitReactions() {
            var reactions = context.getBean(Reactions.class);
            while (reactions.inProgress() > 0) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        <T> T as(String email, Supplier<T> work) {
            return SystemActor.runAsPerson(users.loadUserByUsername(email), work);
        }
    }

    // ---- arithmetic ----

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double time(Supplier<byte[]> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
