package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise behind every "saved" message: what the app confirmed survives a crash. Runs the
 * production jar as shipped, with its own database configuration (see
 * docs/decisions/0004-durable-h2.md); only the working folder is a fresh one, so the database
 * under {@code ./data} starts empty.
 */
class CrashDurabilityIT {

    /** SIGKILL: a process killed by signal 9 ends with 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 137;

    private static final List<String> NEW_COLLEAGUES = List.of(
            "Kees Jansen", "Ilse de Graaf", "Mehmet Öztürk", "Sophie van der Linden", "Lars Willems");

    private static @Nullable HeadlessChromium chromium;

    @RegisterExtension
    final ProductionJars jars = new ProductionJars();

    @TempDir
    Path workingFolder;

    private @Nullable Page page;

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void every_person_the_app_confirmed_as_saved_is_still_there_after_the_server_is_killed() {
        var app = jars.start(workingFolder, "before-the-crash.log");
        org.assertj.core.api.Assertions.assertThat(app.saysItRunsInProductionMode())
                .as("the jar runs in Vaadin's production mode\n%s", app.logText()).isTrue();
        page = chromium.open(app.baseUrl());
        Login.as(page, "beheerder@school.example", Login.DEMO_PASSWORD);
        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        var staff = StaffAdminPage.open(page);
        for (var name : NEW_COLLEAGUES) {
            staff.addPerson(name, emailOf(name), "Tijdelijk2026");
        }

        var exitCode = app.kill();

        org.assertj.core.api.Assertions.assertThat(exitCode).as("exit code of the killed jar").isEqualTo(KILLED_BY_SIGKILL);
        page.context().close();
        org.assertj.core.api.Assertions.assertThat(Files.exists(workingFolder.resolve("data/codewijzer.mv.db")))
                .as("the database file in the jar's working folder").isTrue();

        var restarted = jars.start(workingFolder, "after-the-restart.log");
        page = chromium.open(restarted.baseUrl());
        Login.as(page, "beheerder@school.example", Login.DEMO_PASSWORD);
        staff = StaffAdminPage.open(page);
        for (var name : NEW_COLLEAGUES) {
            staff.search(name);
            assertThat(staff.listedName(name)).isVisible();
        }
    }

    private static String emailOf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace("ö", "o").replace("ü", "u").replace(' ', '.')
                + "@school.example";
    }
}
