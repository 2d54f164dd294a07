package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, as a new school met it: the production jar on an empty database keeps working after the
 * connection pool has retired the connections it started with, among them the one Flyway created
 * the schema on. On H2 2.4.240 every save that touched an {@code in (...)} check constraint then
 * failed with "Er ging iets mis" (decision 0014). The pool's max lifetime is cut from 30 minutes to
 * 30 seconds (Hikari's minimum), so the test sees in a minute what a school saw after half an hour.
 */
class RetiredConnectionsIT extends BrowserTest {

    /** What Hikari logs (at debug level) when it closes a connection that reached its max lifetime. */
    private static final String RETIRED = "(connection has passed maxLifetime)";
    private static final Duration RETIREMENT_LIMIT = Duration.ofSeconds(120);

    @RegisterExtension
    final ProductionJars jars = new ProductionJars();

    @TempDir
    Path workingFolder;

    @Test
    void after_the_pool_retired_its_first_connections_a_teacher_signs_a_colleague_is_added_and_a_team_day_is_planned() {
        var app = jars.start(workingFolder, "retired-connections.log",
                "--spring.datasource.hikari.max-lifetime=30000",
                "--logging.level.com.zaxxer.hikari.pool.PoolBase=debug");
        awaitRetiredConnection(app);

        var teacher = open(app.baseUrl());
        Login.as(teacher, "docent@school.example", Login.DEMO_PASSWORD);
        var signing = SignFlowPage.open(teacher, "Bart de Vries").fillIn();
        signing.sign();
        signing.awaitReceipt();

        var beheerder = open(app.baseUrl());
        Login.as(beheerder, "beheerder@school.example", Login.DEMO_PASSWORD);
        StaffAdminPage.open(beheerder).addPerson("Kees Jansen", "kees.jansen@school.example", "Tijdelijk2026");

        var coordinator = open(app.baseUrl());
        Login.as(coordinator, "coordinator@school.example", Login.DEMO_PASSWORD);
        coordinator.navigate("/teamdag");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe bijeenkomst")).click();
        var dialog = coordinator.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Nieuwe bijeenkomst"));
        dialog.getByLabel("Titel", new Locator.GetByLabelOptions().setExact(true)).fill("Teamdag na een halfuur");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Teamdag na een halfuur")
                .setLevel(1))).isVisible();

        org.assertj.core.api.Assertions.assertThat(app.logText()).doesNotContain("Check constraint invalid");
    }

    /** Waits until the pool has closed a connection for its age: from then on the migration's session is gone. */
    private static void awaitRetiredConnection(ProductionJar app) {
        long deadline = System.nanoTime() + RETIREMENT_LIMIT.toNanos();
        while (!app.logText().contains(RETIRED)) {
            if (System.nanoTime() > deadline) {
                fail("The pool retired no connection within " + RETIREMENT_LIMIT.toSeconds() + " s\n" + app.logText());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting for the pool to retire a connection");
            }
        }
    }
}
