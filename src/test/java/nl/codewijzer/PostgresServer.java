package nl.codewijzer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the PostgreSQL test tier, started once per test JVM from the server
 * binaries of Debian's {@code postgresql} package (decision 0017): a throwaway cluster in a
 * temporary folder, listening on a free port of 127.0.0.1 only, stopped and deleted when the JVM
 * ends. Each Spring context or production jar gets a database of its own ({@link #newDatabase}).
 *
 * <p>PostgreSQL refuses to run as root; as root the cluster belongs to the {@code postgres} user
 * that the package creates, and its programs run through {@code runuser}. The binaries are found
 * in {@code CODEWIJZER_PG_BIN} (a folder with {@code initdb}, {@code pg_ctl}, {@code postgres}),
 * else in the newest {@code /usr/lib/postgresql/<version>/bin}, else on the PATH. Without them the
 * tier fails with a message naming the package to install.
 */
public final class PostgresServer {

    /** The role every test database belongs to (trust authentication on 127.0.0.1 only). */
    public static final String USER = "codewijzer";
    public static final String PASSWORD = "codewijzer";
    private static final int OLDEST_SUPPORTED = 15;

    private static PostgresServer shared;

    private final Path binaries;
    private final Path dataFolder;
    private final int port;
    private final boolean asRoot;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path binaries, Path dataFolder, int port, boolean asRoot) {
        this.binaries = binaries;
        this.dataFolder = dataFolder;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            shared.stopWhenThisJvmEnds();
        }
        return shared;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String newDatabase(String prefix) {
        var name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create test database " + name + ": " + failed.getMessage(), failed);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The folder with the server's client programs too ({@code pg_dump}, {@code psql}). */
    public Path binaries() {
        return binaries;
    }

    private static PostgresServer start() {
        var binaries = findBinaries().orElseThrow(() -> new IllegalStateException("""
                The PostgreSQL test tier needs the PostgreSQL %d+ server programs (initdb, pg_ctl, postgres) and found none.
                Install them with: apt-get install postgresql   (Debian/Ubuntu; or your system's PostgreSQL server package)
                or point CODEWIJZER_PG_BIN at their folder, e.g. CODEWIJZER_PG_BIN=/usr/lib/postgresql/15/bin.
                The tier starts its own throwaway server from them; nothing needs to be running."""
                .formatted(OLDEST_SUPPORTED)));
        var asRoot = "root".equals(System.getProperty("user.name"));
        try {
            var data = Files.createTempDirectory("codewijzer-pg-");
            if (asRoot) {
                run(List.of("chown", "postgres:", data.toString()), "give the test cluster to the postgres user"
                        + " (PostgreSQL refuses to run as root; the postgresql package creates that user)");
            }
            var server = new PostgresServer(binaries, data, freePort(), asRoot);
            server.initAndStart();
            return server;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * C.UTF-8: names sort by code point, as in H2, while lower() and upper() know all of Unicode (in
     * the plain C locale lower('Ö') stays 'Ö', and the staff search missed "Mehmet Öztürk").
     */
    private void initAndStart() {
        var cluster = dataFolder.resolve("cluster");
        run(asServerUser(List.of(binaries.resolve("initdb").toString(), "-D", cluster.toString(), "-U", USER,
                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")), "initdb");
        // Speed over durability for a throwaway cluster: the crash tests kill the app, never this server.
        var options = String.join(" ", "-p " + port, "-k " + dataFolder, "-c listen_addresses=127.0.0.1",
                "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300",
                "-c shared_buffers=64MB");
        run(asServerUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-l",
                dataFolder.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start")), "pg_ctl start");
    }

    /**
     * Leaves the stop to a small shell watchdog that waits for this JVM to end, not to a shutdown
     * hook. The JVM runs its shutdown hooks side by side, so a hook stopped the server while the
     * Spring contexts were still closing: each PostgreSQL context's event publication registry and
     * audit chainer then waited out the pool's 10 s connection timeout, and surefire killed the
     * test JVM 30 s after its last test. The watchdog also stops the server of a killed JVM.
     */
    private void stopWhenThisJvmEnds() {
        var stop = String.join(" ", asServerUser(List.of(binaries.resolve("pg_ctl").toString(), "-D",
                dataFolder.resolve("cluster").toString(), "-m", "immediate", "-w", "stop")));
        var watchdog = "while kill -0 %d 2>/dev/null; do sleep 0.2; done; %s; rm -rf '%s'"
                .formatted(ProcessHandle.current().pid(), stop, dataFolder);
        try {
            new ProcessBuilder("sh", "-c", watchdog)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not start the PostgreSQL test server's watchdog", failed);
        }
    }

    /** Runs a PostgreSQL program as the user that owns the cluster. */
    public List<String> asServerUser(List<String> command) {
        if (!asRoot) {
            return command;
        }
        var wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String run(List<String> command, String what) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL test server: " + what + " failed: " + command + "\n" + output);
            }
            return output;
        } catch (IOException failed) {
            throw new IllegalStateException("PostgreSQL test server: could not run " + command + " (" + what + ")", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, interrupted);
        }
    }

    private static Optional<Path> findBinaries() {
        var configured = System.getenv("CODEWIJZER_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(PostgresServer::hasServerPrograms);
        }
        var debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(version -> majorOf(version) >= OLDEST_SUPPORTED)
                        .max(Comparator.comparingInt(PostgresServer::majorOf))
                        .map(version -> version.resolve("bin"))
                        .filter(PostgresServer::hasServerPrograms);
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException unreadable) {
                // Fall through to the PATH.
            }
        }
        var path = System.getenv("PATH");
        return path == null ? Optional.empty() : Stream.of(path.split(":"))
                .map(folder -> Path.of(folder, "initdb"))
                .filter(Files::isExecutable)
                .map(initdb -> {
                    try {
                        return initdb.toRealPath().getParent();
                    } catch (IOException unreadable) {
                        return initdb.getParent();
                    }
                })
                .filter(PostgresServer::hasServerPrograms)
                .findFirst();
    }

    private static boolean hasServerPrograms(Path folder) {
        return Stream.of("initdb", "pg_ctl", "postgres").allMatch(program -> Files.isExecutable(folder.resolve(program)));
    }

    private static int majorOf(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }
}
