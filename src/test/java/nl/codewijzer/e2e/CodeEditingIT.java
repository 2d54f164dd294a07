package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coördinator edits the demo school's draft, saves it as a new version, opens the comparison
 * with the version before and sees exactly the changed words highlighted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class CodeEditingIT extends BrowserTest {

    @LocalServerPort
    private int port;

    @Test
    void the_coordinator_edits_the_draft_saves_it_and_sees_the_changed_words_highlighted() {
        var page = open("http://localhost:" + port);
        Login.as(page, "coordinator@school.example", Login.DEMO_PASSWORD);

        page.navigate("/gedragscode");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept openen")).click();
        assertThat(page.getByText("Voorstel na de evaluatie: bereikbaar tot 20.00 uur")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewerken").setExact(true)).click();

        page.getByLabel("Wat is er veranderd?").fill("Berichten tot 21.00 uur, na de teamdag");
        var text = page.locator("vaadin-text-area.markdown-source textarea");
        var original = text.inputValue();
        text.fill(original.replace("tussen 7.30 en 20.00 uur", "tussen 7.30 en 21.00 uur"));
        // Save straight after typing: the last keystrokes must be in the saved version
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als nieuwe versie")).click();

        assertThat(page.getByText("Versie 3 is opgeslagen.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijk met versie 2")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Versie 2 vergeleken met versie 3")))
                .isVisible();
        assertThat(page.locator("#compare-summary")).hasText("1 regel(s) gewijzigd, 0 toegevoegd, 0 verwijderd.");
        var changedRow = page.locator("table.diff tr.changed");
        assertThat(changedRow).hasCount(1);
        // "20.00" became "21.00": the word diff marks just the part that changed, the rest of the line stays plain
        assertThat(changedRow.locator("del.diff-del")).hasText("20");
        assertThat(changedRow.locator("ins.diff-ins")).hasText("21");
        assertThat(changedRow.locator("td.new")).containsText("tussen 7.30 en 21.00 uur");
        // the highlight is a visible colour, not just markup
        var background = changedRow.locator("ins.diff-ins").evaluate("e => getComputedStyle(e).backgroundColor");
        org.assertj.core.api.Assertions.assertThat((String) background).isNotIn("rgba(0, 0, 0, 0)", "transparent");
    }

}
