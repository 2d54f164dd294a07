package nl.codewijzer.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code codewijzer.jar}, started with {@code java -jar} the way a school runs it, in a
 * working folder of its own. Its output goes to a log file that tests print when they fail.
 *
 * <p>Started {@link Layout#EXTRACTED extracted} unless a test asks for the jar {@link Layout#AS_SHIPPED
 * as shipped}: the same jar, unpacked once with Spring Boot's own {@code extract} command as
 * docs/deployment.md describes for a faster start. It starts in about half the time (measured here,
 * C1 only, demo school made: 13-15 s instead of 21-25 s on two cores), and the ITs start about
 * twenty jars. InternetHardeningIT starts the jar as shipped, so {@code java -jar codewijzer.jar} stays tested.
 */
final class ProductionJar implements AutoCloseable {

    /** How the jar is run: the single file as built, or unpacked once into a folder beside it. */
    enum Layout {
        AS_SHIPPED, EXTRACTED
    }

    /**
     * A cold start takes about 6 s on two idle cores, and over a minute when other builds share the
     * machine (seen at a load of 20); far more than that means it will not come up.
     */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);

    /** The class archive's training run: a start, then writing the archive (2.5 min seen at a load of 15). */
    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(300);

    private final Process process;
    private final int port;
    private final Path log;
    /** Kills the process should the test JVM end without closing it, so no jar outlives the build. */
    private final Thread reaper;

    private ProductionJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts the jar in {@code workingFolder} with the demo school on, and returns once its login page
     * answers and the demo school is in place. The database is whatever the jar's own configuration says, relative to that folder;
     * {@code extraArguments} are added to the command line (Spring properties such as {@code --name=value}).
     */
    static ProductionJar start(Path workingFolder, String logName, String... extraArguments) {
        return start(Layout.EXTRACTED, workingFolder, logName, extraArguments);
    }

    /** As {@link #start(Path, String, String...)}, with the jar run in {@code layout}. */
    static ProductionJar start(Layout layout, Path workingFolder, String logName, String... extraArguments) {
        var started = launch(layout, workingFolder, logName, extraArguments);
        started.awaitLoginPage();
        return started;
    }

    /**
     * Starts the jar as {@link #start} does and waits for it to end by itself (a start that must
     * fail), at most {@code limit}; returns it, ended, for its exit code and log.
     */
    static ProductionJar runToEnd(Path workingFolder, String logName, Duration limit, String... extraArguments) {
        var started = launch(Layout.EXTRACTED, workingFolder, logName, extraArguments);
        try {
            if (!started.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                started.process.destroyForcibly();
                fail("The jar still ran after " + limit.toSeconds() + " s\n" + started.logText());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            fail("Interrupted while waiting for the jar to end");
        }
        return started;
    }

    int exitCode() {
        return process.exitValue();
    }

    /**
     * Starts the jar as {@link #start(Layout, Path, String, String...)} does, but returns at once: the caller
     * {@linkplain #awaitLoginPage() waits} for it, after starting others beside it if it likes.
     */
    static ProductionJar launch(Layout layout, Path workingFolder, String logName, String... extraArguments) {
        var jar = layout == Layout.AS_SHIPPED ? jarUnderTest() : extractedJar();
        var port = freePort();
        var log = workingFolder.resolve(logName);
        // C1 only: the jar starts in about two thirds of the CPU time, and these tests start a jar
        // twice each; what they check (durability, push, migrations) does not depend on the JIT
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        // the jar as shipped starts without a class archive: the extracted jar's archive is refused for it (the class
        // path differs), and one trained on the single jar saves too little for its training (decision 0058)
        if (layout == Layout.EXTRACTED) {
            classArchive().ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--codewijzer.demo.enabled=true"));
        command.addAll(List.of(extraArguments));
        var builder = new ProcessBuilder(command)
                .directory(workingFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Process process;
        try {
            process = builder.start();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("Could not start " + command, cannotStart);
        }
        return new ProductionJar(process, port, log);
    }

    private static Path jarUnderTest() {
        var property = System.getProperty("codewijzer.jar");
        var jar = Path.of(property == null ? "target/codewijzer.jar" : property).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("No production jar at " + jar + ": run this test with 'mvn verify', which packages the jar first");
        }
        return jar;
    }

    /**
     * The jar under test unpacked by Spring Boot's {@code extract} command into a folder beside it
     * (its {@code codewijzer.jar} and a {@code lib} folder), once per jar: unpacked again when the jar
     * was built anew.
     */
    private static synchronized Path extractedJar() {
        var jar = jarUnderTest();
        var folder = jar.resolveSibling("codewijzer-extracted");
        var extracted = folder.resolve("codewijzer.jar");
        var from = folder.resolve("extracted-from");
        // the ITs run in two JVMs at once (failsafe's forkCount): one unpacks while the other waits
        try (var lockFile = FileChannel.open(jar.resolveSibling("codewijzer-extracted.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = lockFile.lock()) {
            var built = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            if (Files.isRegularFile(extracted) && Files.isRegularFile(from) && Files.readString(from).equals(built)) {
                return extracted;
            }
            if (Files.exists(folder)) {
                try (var old = Files.walk(folder)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            var extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", folder.toString())
                    .redirectErrorStream(true).start();
            var output = new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0 || !Files.isRegularFile(extracted)) {
                fail("Could not extract " + jar + " into " + folder + ":\n" + output);
            }
            Files.writeString(from, built);
            return extracted;
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not extract " + jar, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + jar, interrupted);
        }
    }

    /**
     * A class-data sharing archive (CDS, JEP 350) for the extracted jar: the classes a start loads,
     * parsed and verified once and then mapped from one file. Made once per extracted jar, beside it, by
     * a training run that starts the app with the demo school and stops as soon as its context is up
     * ({@code spring.context.exit=onRefresh}), as Spring Boot's documentation describes. Measured here
     * (C1 only, demo school made, a loaded machine): a start costs 19 s of CPU instead of 25.6 s, the
     * training once about 44 s; the ITs start some twenty extracted jars. JDK 25's AOT cache gave the
     * same start for a dearer training (59 s). Empty when the training fails: the jars then start
     * without it, as before; a JVM that cannot use the archive ignores it.
     */
    private static synchronized Optional<Path> classArchive() {
        var extracted = extractedJar();
        var folder = extracted.getParent();
        var archive = folder.resolve("codewijzer.jsa");
        var tried = folder.resolve("cds-training.log");
        try (var lockFile = FileChannel.open(folder.resolveSibling("codewijzer-extracted.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = lockFile.lock()) {
            if (!Files.exists(tried)) {
                var training = Files.createDirectories(folder.resolve("cds-training"));
                var run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                        "-jar", extracted.toString(), "--server.port=0", "--codewijzer.demo.enabled=true")
                        .directory(training.toFile()).redirectErrorStream(true).redirectOutput(tried.toFile());
                run.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
                var process = run.start();
                if (!process.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly().waitFor();
                    Files.deleteIfExists(archive);
                }
            }
            return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
        } catch (IOException failed) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }

    /** What the demo school logs when it is done: made now, or left out on a database that holds people. */
    private static final List<String> DEMO_DONE = List.of("Created the demo school", "the demo school is left out");

    /** Waits until the login page answers and the demo school is in place (made now, or found). */
    void awaitLoginPage() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var loginPage = HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(5)).build();
        var deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The jar stopped during start-up with exit code " + process.exitValue() + "\n" + logText());
            }
            try {
                // the demo school is made by a runner after the server opens: wait until it says it is done
                if (http.send(loginPage, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && DEMO_DONE.stream().anyMatch(logText()::contains)) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Still starting.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(250));
        }
        process.destroyForcibly();
        fail("The jar did not open its login page with the demo school in place within " + STARTUP_LIMIT.toSeconds() + " s\n" + logText());
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Kills the process with SIGKILL, as a power cut or the OOM killer would, and waits until it is gone. */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                fail("The jar did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            fail("Interrupted while waiting for the killed jar to die");
        }
        return process.exitValue();
    }

    /** Stops the process with SIGTERM, as {@code systemctl stop} does, and waits until it has shut down. */
    int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("The jar did not stop within 60 s of SIGTERM");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            fail("Interrupted while waiting for the jar to stop");
        }
        return process.exitValue();
    }

    boolean saysItRunsInProductionMode() {
        return logText().contains("Vaadin is running in production mode.");
    }

    String logText() {
        try {
            return "----- " + log + " -----\n" + Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(log " + log + " unreadable: " + unreadable + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs anyway; nothing left to do.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
