package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise behind "ondertekend": a signature the app confirmed survives a crash, and a person
 * who clicks in two tabs has signed once.
 *
 * <p>Built like {@link CrashDurabilityIT}: the production jar as shipped, in a new working folder
 * (so the demo school with its partly signed version 1), the signatures in a burst from several
 * browsers at once, and SIGKILL the moment the last confirmation reaches a browser. The signers are
 * the two demo logins who have not signed yet, plus three colleagues the beheerder adds first, who
 * are asked to sign as new hires and choose their own password at their first login.
 */
class SigningCrashIT extends BrowserTest {

    private static final int KILLED_BY_SIGKILL = 137;
    private static final String TEMPORARY_PASSWORD = "Tijdelijk2026";
    private static final String OWN_PASSWORD = "zonnige dinsdag op school";
    private static final List<String> NEW_COLLEAGUES = List.of("Kees Jansen", "Ilse de Graaf", "Lars Willems");

    @RegisterExtension
    final ProductionJars jars = jars();

    /** Where the jars keep their data: their own H2 file here, PostgreSQL in the subclass of the PostgreSQL tier. */
    ProductionJars jars() {
        return new ProductionJars();
    }

    @TempDir
    Path workingFolder;

    private record Signer(String name, String email, String password, boolean newHire) {
    }

    @Test
    void every_signature_the_app_confirmed_is_still_there_after_the_server_is_killed_and_two_tabs_signed_once() {
        var app = jars.start(workingFolder, "before-the-crash.log");
        awaitDemoSchool(app);
        var signers = new ArrayList<Signer>(List.of(
                new Signer("Bart de Vries", "docent@school.example", Login.DEMO_PASSWORD, false),
                new Signer("Noor Visser", "nieuw@school.example", Login.DEMO_PASSWORD, false)));
        var beheerder = open(app.baseUrl());
        Login.as(beheerder, "beheerder@school.example", Login.DEMO_PASSWORD);
        var staff = StaffAdminPage.open(beheerder);
        for (var name : NEW_COLLEAGUES) {
            var email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@school.example";
            staff.addPerson(name, email, TEMPORARY_PASSWORD);
            signers.add(new Signer(name, email, TEMPORARY_PASSWORD, true));
        }

        var flows = new ArrayList<SignFlowPage>();
        Page docentFirstTab = null;
        for (var signer : signers) {
            var page = open(app.baseUrl());
            Login.as(page, signer.email(), signer.password());
            if (signer.newHire()) {
                choosePassword(page);
            }
            flows.add(SignFlowPage.open(page, signer.name()).fillIn());
            if (docentFirstTab == null) {
                docentFirstTab = page;
            }
        }
        // the docent also has the page open in a second tab of the same browser, and signs there too
        var secondTab = docentFirstTab.context().newPage();
        flows.add(SignFlowPage.open(secondTab, "Bart de Vries").fillIn());

        flows.forEach(SignFlowPage::sign);
        docentFirstTab.waitForCondition(() -> flows.stream().allMatch(SignFlowPage::confirmationArrived));
        long lastConfirmation = System.nanoTime();

        var exitCode = app.kill();

        System.out.printf("Killed the jar %d ms after the last signature was confirmed%n",
                (System.nanoTime() - lastConfirmation) / 1_000_000);
        org.assertj.core.api.Assertions.assertThat(exitCode).as("exit code of the killed jar").isEqualTo(KILLED_BY_SIGKILL);
        closePages();

        var restarted = jars.start(workingFolder, "after-the-restart.log");
        var coordinator = open(restarted.baseUrl());
        Login.as(coordinator, "coordinator@school.example", Login.DEMO_PASSWORD);
        coordinator.navigate("/ondertekening");
        var signed = coordinator.locator("#campaign-signed");
        for (var signer : signers) {
            assertThat(listed(signed, signer.name())).hasCount(1);
        }
        // 21 demo staff had signed; 25 staff plus 3 new colleagues were asked; 5 more signed
        assertThat(coordinator.locator("#campaign-tally")).hasText("26 van 28 ondertekend (92%)");
        assertThat(listed(coordinator.locator("#campaign-outstanding"), "Bart de Vries")).hasCount(0);
    }

    /** The demo school is created just after the web server answers; on a busy machine that takes a moment. */
    private static void awaitDemoSchool(ProductionJar app) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!app.logText().contains("Created the demo school") && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void choosePassword(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wachtwoord kiezen"))).isVisible();
        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(OWN_PASSWORD);
        page.getByLabel("Herhaal het nieuwe wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(OWN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
        assertThat(page.locator("#home")).isVisible();
    }

    /** A name in a grid, counting only shown rows (the grid keeps text in recycled cells it hid). */
    private static Locator listed(Locator grid, String name) {
        return grid.getByText(name, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }
}
