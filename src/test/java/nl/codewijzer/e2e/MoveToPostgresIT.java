package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The move of docs/deployment.md, as an ICT provider does it with the production jar: a school runs
 * on its H2 file, a teacher signs, the service is stopped, the one move command copies the school to
 * an empty PostgreSQL database, and the jar started on PostgreSQL shows the same signatures, the
 * teacher's verification code still checks out, and the audit chain verifies.
 */
class MoveToPostgresIT extends BrowserTest {

    @RegisterExtension
    final ProductionJars onH2 = new ProductionJars();
    @RegisterExtension
    final ProductionJars onPostgres = ProductionJars.onPostgres();

    @TempDir
    Path school;

    @Test
    void the_school_moved_from_its_h2_file_to_postgresql_shows_the_same_signatures_and_a_verifying_chain() {
        var before = onH2.start(school, "on-h2.log");
        var docent = open(before.baseUrl());
        Login.at(docent, "/ondertekenen", "docent@school.example", Login.DEMO_PASSWORD);
        var flow = SignFlowPage.shown(docent, "Bart de Vries").fillIn();
        flow.sign();
        var code = flow.awaitReceipt();
        var coordinator = open(before.baseUrl());
        Login.at(coordinator, "/ondertekening", "coordinator@school.example", Login.DEMO_PASSWORD);
        assertThat(coordinator.locator("#campaign-tally")).hasText("22 van 25 ondertekend (88%)");
        closePages();
        org.assertj.core.api.Assertions.assertThat(before.stop()).as("exit code after systemctl stop").isIn(0, 143);

        var move = onPostgres.runToEnd(school, "move.log", Duration.ofMinutes(5),
                "--codewijzer.move-from-h2=jdbc:h2:file:./data/codewijzer");
        org.assertj.core.api.Assertions.assertThat(move.exitCode()).as("exit code of the move").isZero();
        org.assertj.core.api.Assertions.assertThat(move.logText()).contains("Moved the school from");

        var after = onPostgres.start(school, "on-postgresql.log");
        org.assertj.core.api.Assertions.assertThat(after.logText()).contains("the demo school is left out");
        var moved = open(after.baseUrl());
        Login.at(moved, "/ondertekening", "coordinator@school.example", Login.DEMO_PASSWORD);
        assertThat(moved.locator("#campaign-tally")).hasText("22 van 25 ondertekend (88%)");

        var verifier = open(after.baseUrl());
        verifier.navigate("/verifieren");
        verifier.locator("#verify-code input").fill(code);
        verifier.locator("#verify-check").click();
        assertThat(verifier.locator("#verify-code-result")).containsText("Deze verificatiecode hoort bij deze ondertekening");
        assertThat(verifier.locator("#verify-code-result")).containsText("de Vries");

        var beheerder = open(after.baseUrl());
        Login.at(beheerder, "/audit", "beheerder@school.example", Login.DEMO_PASSWORD);
        beheerder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keten controleren")).click();
        assertThat(beheerder.locator("#audit-verdict")).containsText("Keten intact:");
    }
}
