package nl.codewijzer.operations;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application the move command runs in ({@code java -jar codewijzer.jar --codewijzer.move-from-h2=...},
 * see {@link MoveToPostgres}; started without a web server by {@code Application.main}): the datasource
 * of {@code spring.datasource.*}, Flyway that builds or upgrades the PostgreSQL schema at start as the
 * app does (same {@code application.properties}, same migrations), and the move itself. No web server,
 * JPA, security or views: the move needs none of them, and starting the whole app for it took 27 s of
 * a 30 s move on two busy cores (this start: 10 s at a higher load, MoveToPostgresIT). Nothing else
 * runs at start either, so no demo school or first beheerder can be made in the new database.
 *
 * <p>Not a {@code @Configuration}: the app's component scan must not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class})
@Import(MoveToPostgres.class)
class MoveCommand {
}
