package nl.codewijzer.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.PostgresServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts production jars for a test, prints their logs when the test fails (the reason is usually
 * there), and kills any that are still running when the test ends, whatever its outcome.
 */
final class ProductionJars implements AfterTestExecutionCallback, AfterEachCallback {

    private final List<ProductionJar> started = new ArrayList<>();
    /** Command-line settings of every jar started here: none for the jar's own H2 file under ./data. */
    private final List<String> database;
    private final ProductionJar.Layout layout;

    /** Jars on their own H2 file database in their working folder (the jar extracted, see {@link ProductionJar}). */
    ProductionJars() {
        this(List.of(), ProductionJar.Layout.EXTRACTED);
    }

    private ProductionJars(List<String> database, ProductionJar.Layout layout) {
        this.database = database;
        this.layout = layout;
    }

    /** Jars on their own H2 file database, each run as the single file it is shipped as: {@code java -jar codewijzer.jar}. */
    static ProductionJars asShipped() {
        return new ProductionJars(List.of(), ProductionJar.Layout.AS_SHIPPED);
    }

    /** Jars that share one new, empty database on the PostgreSQL test tier's server (for this test only). */
    static ProductionJars onPostgres() {
        var server = PostgresServer.shared();
        return new ProductionJars(List.of("--spring.datasource.url=" + server.newDatabase("jar"),
                "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=" + PostgresServer.PASSWORD), ProductionJar.Layout.EXTRACTED);
    }

    boolean usePostgres() {
        return !database.isEmpty();
    }

    /** Runs a jar with these jars' database until it ends by itself (a command, or a start that must fail). */
    ProductionJar runToEnd(Path workingFolder, String logName, Duration limit, String... extraArguments) {
        var arguments = new ArrayList<>(database);
        arguments.addAll(List.of(extraArguments));
        var jar = ProductionJar.runToEnd(workingFolder, logName, limit, arguments.toArray(String[]::new));
        started.add(jar);
        return jar;
    }

    /** The JDBC URL of the PostgreSQL database these jars share. */
    String postgresUrl() {
        return database.getFirst().substring("--spring.datasource.url=".length());
    }

    ProductionJar start(Path workingFolder, String logName, String... extraArguments) {
        var arguments = new ArrayList<>(database);
        arguments.addAll(List.of(extraArguments));
        var jar = ProductionJar.start(layout, workingFolder, logName, arguments.toArray(String[]::new));
        started.add(jar);
        return jar;
    }

    /**
     * Starts two jars at the same moment, as a deployment script that starts every server does, and returns them
     * once both answer with the demo school in place.
     */
    List<ProductionJar> startAtOnce(Path firstFolder, String firstLogName, Path secondFolder, String secondLogName) {
        var first = ProductionJar.launch(layout, firstFolder, firstLogName, database.toArray(String[]::new));
        started.add(first);
        var second = ProductionJar.launch(layout, secondFolder, secondLogName, database.toArray(String[]::new));
        started.add(second);
        first.awaitLoginPage();
        second.awaitLoginPage();
        return List.of(first, second);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            started.forEach(jar -> System.out.println(jar.logText()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(ProductionJar::close);
        started.clear();
    }
}
