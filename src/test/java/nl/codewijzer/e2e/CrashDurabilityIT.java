package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise behind every "opgeslagen" and "ondertekend": what the app confirmed survives a crash,
 * and a person who clicks "ondertekenen" in two tabs has signed once.
 *
 * <p>Runs the production jar as shipped, with its own database settings (see
 * docs/decisions/0004-durable-h2.md); only its working folder is new, so the database under
 * {@code ./data} starts empty and holds the demo school with its partly signed version 1.
 *
 * <p>Two details make the test able to catch a database that holds back its writes. The writes come
 * in one burst, from eleven tabs: five new colleagues saved by the beheerder and six signatures (the
 * two demo logins who have not signed yet, three colleagues added beforehand who choose their own
 * password at their first login, and the docent's second tab). H2 with its default 500 ms write
 * delay writes a lone commit after a quiet spell within a few dozen milliseconds, and only holds back
 * commits that follow one another closely; saving one person at a time, at typing speed, passed even
 * with that delay. And the server is killed the moment the last confirmation reaches a browser,
 * noticed in the server's answer instead of by polling the page, which on a busy machine adds
 * hundreds of milliseconds. Measured here with the write delay put back to 500 ms: the staff part
 * failed in 3 of 6 runs (a person confirmed as saved was gone); with {@code WRITE_DELAY=0} it has not
 * failed. It is a tripwire, not a guarantee.
 *
 * <p>One jar start, one kill and one restart serve both promises (they were two classes, and a jar
 * start costs about 20 s of CPU on the two cores CI has).
 */
class CrashDurabilityIT extends BrowserTest {

    /** A process killed by signal 9 (SIGKILL) ends with 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 137;
    private static final String TEMPORARY_PASSWORD = "Tijdelijk2026";
    private static final String OWN_PASSWORD = "zonnige dinsdag op school";

    /** Saved by the beheerder in the burst. */
    private static final List<String> SAVED_IN_THE_BURST = List.of(
            "Kees Jansen", "Ilse de Graaf", "Mehmet Öztürk", "Sophie van der Linden", "Lars Willems");
    /** Added by the beheerder before the burst; they sign in it as new hires. */
    private static final List<String> NEW_HIRES_WHO_SIGN = List.of("Tom Hendriks", "Lotte Vos", "Ruben Peters");

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
    void what_the_app_confirmed_is_still_there_after_the_server_is_killed_and_two_tabs_signed_once() {
        var app = jars.start(workingFolder, "before-the-crash.log");
        awaitDemoSchool(app);
        org.assertj.core.api.Assertions.assertThat(app.saysItRunsInProductionMode())
                .as("the jar runs in Vaadin's production mode\n%s", app.logText()).isTrue();
        var beheerder = open(app.baseUrl());
        Login.at(beheerder, "/beheer/personeel", "beheerder@school.example", Login.DEMO_PASSWORD);
        assertThat(beheerder.locator("vaadin-dev-tools")).hasCount(0);

        var signers = new ArrayList<Signer>(List.of(
                new Signer("Bart de Vries", "docent@school.example", Login.DEMO_PASSWORD, false),
                new Signer("Noor Visser", "nieuw@school.example", Login.DEMO_PASSWORD, false)));
        var staff = StaffAdminPage.shown(beheerder);
        for (var name : NEW_HIRES_WHO_SIGN) {
            staff.addPerson(name, emailOf(name), TEMPORARY_PASSWORD);
            signers.add(new Signer(name, emailOf(name), TEMPORARY_PASSWORD, true));
        }
        var signatures = new ArrayList<SignFlowPage>();
        Page docentFirstTab = null;
        for (var signer : signers) {
            var page = open(app.baseUrl());
            if (signer.newHire()) {
                Login.as(page, signer.email(), signer.password());
                choosePassword(page);
                signatures.add(SignFlowPage.open(page, signer.name()).fillIn());
            } else {
                Login.at(page, "/ondertekenen", signer.email(), signer.password());
                signatures.add(SignFlowPage.shown(page, signer.name()).fillIn());
            }
            if (docentFirstTab == null) {
                docentFirstTab = page;
            }
        }
        // the docent also has the page open in a second tab of the same browser, and signs there too
        signatures.add(SignFlowPage.open(docentFirstTab.context().newPage(), "Bart de Vries").fillIn());
        var savedPeople = new ArrayList<StaffAdminPage.FilledInPerson>();
        for (var name : SAVED_IN_THE_BURST) {
            var tab = beheerder.context().newPage();
            savedPeople.add(StaffAdminPage.open(tab).fillInNewPerson(name, emailOf(name), TEMPORARY_PASSWORD));
        }

        savedPeople.forEach(StaffAdminPage.FilledInPerson::save);
        signatures.forEach(SignFlowPage::sign);
        BooleanSupplier allConfirmed = () -> savedPeople.stream().allMatch(StaffAdminPage.FilledInPerson::confirmationArrived)
                && signatures.stream().allMatch(SignFlowPage::confirmationArrived);
        beheerder.waitForCondition(allConfirmed);
        long lastConfirmation = System.nanoTime();

        var exitCode = app.kill();

        System.out.printf("Killed the jar %d ms after the last confirmation%n",
                (System.nanoTime() - lastConfirmation) / 1_000_000);
        org.assertj.core.api.Assertions.assertThat(exitCode).as("exit code of the killed jar")
                .isEqualTo(KILLED_BY_SIGKILL);
        closePages();
        if (!jars.usePostgres()) {
            org.assertj.core.api.Assertions.assertThat(workingFolder.resolve("data/codewijzer.mv.db"))
                    .as("the database in the jar's working folder").isRegularFile();
        }

        var restarted = jars.start(workingFolder, "after-the-restart.log");
        var afterRestart = open(restarted.baseUrl());
        Login.at(afterRestart, "/beheer/personeel", "beheerder@school.example", Login.DEMO_PASSWORD);
        var staffAfterRestart = StaffAdminPage.shown(afterRestart);
        for (var name : SAVED_IN_THE_BURST) {
            staffAfterRestart.search(name);
            assertThat(staffAfterRestart.listedName(name)).isVisible();
        }

        var coordinator = open(restarted.baseUrl());
        Login.at(coordinator, "/ondertekening", "coordinator@school.example", Login.DEMO_PASSWORD);
        var signed = coordinator.locator("#campaign-signed");
        for (var signer : signers) {
            assertThat(listed(signed, signer.name())).hasCount(1);
        }
        assertThat(listed(coordinator.locator("#campaign-outstanding"), "Bart de Vries")).hasCount(0);
        // 21 demo staff had signed and 5 more did: 26, the docent once for two tabs. Asked were the 25 demo
        // staff and the 3 new hires, and each of the 5 saved in the burst whose request to sign (a reaction
        // after the commit) ran before the kill; the rest are asked when the unfinished reaction is taken up
        assertThat(coordinator.locator("#campaign-tally"))
                .hasText(Pattern.compile("26 van (28|29|30|31|32|33) ondertekend \\(\\d+%\\)"));

        // the audit trail: each confirmed action staged its row in the same commit; what the kill left unchained
        // was chained at the start (AuditPendingJob), and the beheerder's check finds the chain whole
        System.out.println("After the restart: " + restarted.logText().lines().filter(line -> line.contains("left pending"))
                .findFirst().orElse("no \"left pending\" line in its log"));
        afterRestart.navigate(restarted.baseUrl() + "/audit");
        afterRestart.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keten controleren")).click();
        var verdict = afterRestart.locator("#audit-verdict");
        assertThat(verdict).containsText("Keten intact:");
        assertThat(verdict).not().containsText("wacht");
        var export = afterRestart.waitForDownload(() -> afterRestart.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("CSV exporteren")).click());
        var trail = auditTrail(export.path());
        for (var name : Stream.concat(NEW_HIRES_WHO_SIGN.stream(), SAVED_IN_THE_BURST.stream()).toList()) {
            org.assertj.core.api.Assertions.assertThat(trail).as("rows in the trail saying %s was added", name)
                    .filteredOn(row -> row.get(4).equals("person.joined") && row.get(9).equals(name)).hasSize(1);
        }
        for (var signer : signers) {
            org.assertj.core.api.Assertions.assertThat(trail).as("rows in the trail saying %s signed", signer.name())
                    .filteredOn(row -> row.get(4).equals("signature.recorded") && row.get(3).equals(signer.name()))
                    .hasSize(1);
        }
    }

    /** The rows of the beheerder's CSV export of the audit trail, without its header. */
    private static List<List<String>> auditTrail(Path csv) {
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setSkipHeaderRecord(true).setHeader().get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
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

    private static String emailOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace("ö", "o").replace("ü", "u").replace(' ', '.') + "@school.example";
    }
}
