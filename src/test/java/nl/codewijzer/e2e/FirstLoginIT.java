package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new colleague's first login, from the beheerder adding them to choosing their own password,
 * and the start page on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class FirstLoginIT extends BrowserTest {

    /**
     * Visible elements whose right edge lies beyond the screen: what makes a phone user scroll
     * sideways, also inside a scrolling part of the page that the document's own width would not show.
     */
    private static final String ELEMENTS_PAST_THE_RIGHT_EDGE = """
            (() => {
              const screenWidth = document.documentElement.clientWidth;
              return [...document.querySelectorAll('body *')]
                .filter(e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.right > screenWidth + 0.5; })
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right));
            })()
            """;

    @LocalServerPort
    private int port;

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void beheerder_adds_a_person_who_must_choose_a_password_before_doing_anything_else() {
        var page = open(baseUrl());
        Login.as(page, "beheerder@school.example", Login.DEMO_PASSWORD);
        var staff = StaffAdminPage.open(page);
        staff.addPerson("Hanna Scholten", "hanna.scholten@school.example", "Welkom2026");
        Login.out(page);

        Login.as(page, "hanna.scholten@school.example", "Welkom2026");
        var choosePassword = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wachtwoord kiezen"));
        assertThat(choosePassword).isVisible();

        page.navigate("/mijn-gegevens");
        assertThat(choosePassword).isVisible();
        assertThat(page.getByText("hanna.scholten@school.example")).not().isVisible();
        page.navigate("/");
        assertThat(choosePassword).isVisible();
        assertThat(page.getByText("Welkom, Hanna Scholten")).not().isVisible();

        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("zonnige dinsdag op school");
        page.getByLabel("Herhaal het nieuwe wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill("zonnige dinsdag op school");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();

        assertThat(page.locator("#home").getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(1)))
                .hasText("Welkom, Hanna Scholten");
        page.navigate("/mijn-gegevens");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn gegevens"))).isVisible();
        assertThat(page.getByText("hanna.scholten@school.example")).isVisible();
    }

    @Test
    void docent_sees_the_start_page_on_a_phone_without_scrolling_sideways() {
        var page = open(baseUrl(), 360, 740);
        Login.as(page, "docent@school.example", Login.DEMO_PASSWORD);

        assertThat(page.locator("#home").getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(1)))
                .hasText("Welkom, Bart de Vries");
        var pageWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        @SuppressWarnings("unchecked")
        var stickingOut = (List<String>) page.evaluate(ELEMENTS_PAST_THE_RIGHT_EDGE);
        org.assertj.core.api.Assertions.assertThat(pageWidth).as("width of the page on a 360 px screen")
                .isLessThanOrEqualTo(360);
        org.assertj.core.api.Assertions.assertThat(stickingOut).as("elements that stick out past the right edge")
                .isEmpty();
    }
}
