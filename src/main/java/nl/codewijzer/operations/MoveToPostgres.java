package nl.codewijzer.operations;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one command that moves a school from H2 to PostgreSQL: the jar started with
 * {@code --codewijzer.move-from-h2=<H2 JDBC URL>} and its datasource pointed at an empty PostgreSQL
 * database. Flyway has built the PostgreSQL schema at start; this brings the H2 database to the same
 * version, moves every row with its ids, hashes and times ({@link DatabaseMove}), and ends the
 * process: exit code 0 when done, 1 with the reason in the log when not (then nothing was written).
 * It runs in a small application of its own ({@link MoveCommand}), not in the app, so the demo
 * school or a first beheerder is never made in the new database. See docs/deployment.md.
 */
class MoveToPostgres implements ApplicationRunner {

    static final String PROPERTY = "codewijzer.move-from-h2";
    private static final Logger log = LoggerFactory.getLogger(MoveToPostgres.class);

    private final String from;
    private final String username;
    private final String password;
    private final DataSource target;
    private final ConfigurableApplicationContext context;

    MoveToPostgres(@Value("${" + PROPERTY + ":}") String from,
            @Value("${codewijzer.move-from-h2-username:codewijzer}") String username,
            @Value("${codewijzer.move-from-h2-password:}") String password,
            DataSource target, ConfigurableApplicationContext context) {
        this.from = from;
        this.username = username;
        this.password = password;
        this.target = target;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (from.isBlank()) {
            return;
        }
        int exitCode;
        try {
            exitCode = move();
        } catch (RuntimeException | SQLException failed) {
            log.error("Moving the school from {} to PostgreSQL failed: {}", from, failed.getMessage(), failed);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private int move() throws SQLException {
        try (var connection = target.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                log.error("Moving needs a PostgreSQL database as spring.datasource.url; this one is {}", product);
                return 1;
            }
        }
        var url = from.startsWith("jdbc:") ? from : "jdbc:h2:file:" + from;
        if (!url.startsWith("jdbc:h2:")) {
            log.error("{} is not an H2 database URL (jdbc:h2:file:./data/codewijzer)", url);
            return 1;
        }
        var source = new SingleConnectionDataSource(url + (url.contains("IFEXISTS") ? "" : ";IFEXISTS=TRUE"),
                username, password, true);
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .load().migrate();
            var moved = DatabaseMove.move(source, target);
            log.info("Moved the school from {} to PostgreSQL: {} rows in {} tables {}. Start Codewijzer on "
                    + "PostgreSQL now and let the beheerder check the audit chain (Logboek, Keten controleren).",
                    url, moved.total(), moved.rows().size(), moved.rows());
            return 0;
        } finally {
            source.destroy();
        }
    }
}
