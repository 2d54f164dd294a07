package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a teacher downloads their own data, and the beheerder finds that download and
 * the teacher's login in the Logboek, checks the chain and exports the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class AuditAndPrivacyIT extends BrowserTest {

    @LocalServerPort
    private int port;

    @Test
    void a_teacher_downloads_their_data_and_the_beheerder_sees_it_in_the_verified_log() throws Exception {
        var teacher = open("http://localhost:" + port);
        Login.as(teacher, "docent@school.example", Login.DEMO_PASSWORD);
        teacher.navigate("/mijn-gegevens");
        var download = teacher.waitForDownload(() -> teacher.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Mijn gegevens downloaden")).click());

        assertThat(download.suggestedFilename()).isEqualTo("mijn-gegevens-codewijzer.json");
        var json = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"fullName\" : \"Bart de Vries\"", "\"email\" : \"docent@school.example\"",
                "\"action\" : \"login.succeeded\"");

        var beheerder = open("http://localhost:" + port);
        Login.as(beheerder, "beheerder@school.example", Login.DEMO_PASSWORD);
        beheerder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logboek")).click();
        assertThat(beheerder.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logboek"))).isVisible();
        var grid = beheerder.locator("vaadin-grid");
        assertThat(grid).containsText("Eigen gegevens gedownload");
        assertThat(grid).containsText("Bart de Vries");

        beheerder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keten controleren")).click();
        assertThat(beheerder.locator("#audit-verdict")).containsText("Keten intact:");

        var export = beheerder.waitForDownload(() -> beheerder.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("CSV exporteren")).click());
        var csv = Files.readString(export.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFregel;tijdstip;wie-id;wie;actie;omschrijving;");
        assertThat(csv).contains(";Bart de Vries;personal-data.exported;Eigen gegevens gedownload;");
    }
}
