package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import nl.codewijzer.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL goes away while a teacher is about to sign (a restart, a network fault): the click gets
 * the calm message that nothing was saved, the app keeps running, and once the database answers
 * again the same click signs, once, without restarting the app.
 */
class DatabaseLostIT extends BrowserTest {

    @RegisterExtension
    final ProductionJars jars = ProductionJars.onPostgres();

    @TempDir
    Path workingFolder;

    @Test
    void a_signature_while_the_database_is_gone_is_refused_calmly_and_works_once_it_is_back() {
        var app = jars.start(workingFolder, "app.log");
        var docent = open(app.baseUrl());
        Login.as(docent, "docent@school.example", Login.DEMO_PASSWORD);
        var flow = SignFlowPage.open(docent, "Bart de Vries").fillIn();

        var url = jars.postgresUrl();
        var database = url.substring(url.lastIndexOf('/') + 1);
        var server = new JdbcTemplate(new DriverManagerDataSource(PostgresServer.shared().jdbcUrl("postgres"),
                PostgresServer.USER, PostgresServer.PASSWORD));
        server.execute("alter database \"" + database + "\" with allow_connections false");
        try {
            server.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where datname = ?", database);

            flow.sign();
            // the pool waits up to 10 s for a connection before it gives up
            assertThat(docent.locator("vaadin-notification-card"))
                    .containsText("De database van Codewijzer is even niet bereikbaar. Uw laatste actie is niet opgeslagen",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
        } finally {
            server.execute("alter database \"" + database + "\" with allow_connections true");
        }

        flow.sign();
        var code = flow.awaitReceipt();
        org.assertj.core.api.Assertions.assertThat(code).isNotBlank();
        var coordinator = open(app.baseUrl());
        Login.as(coordinator, "coordinator@school.example", Login.DEMO_PASSWORD);
        coordinator.navigate("/ondertekening");
        assertThat(coordinator.locator("#campaign-tally")).hasText("22 van 25 ondertekend (88%)");
    }
}
