package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consent journey in real browsers: the directeur submits the demo draft, two MR members vote,
 * each in their own browser, the voorzitter records the decision, the directeur adopts, and the
 * code's read view shows the new active version. Its own Spring context (the database URL differs
 * from the other journeys'), so it starts from the untouched demo draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-consent-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class ConsentJourneyIT extends BrowserTest {

    @LocalServerPort
    private int port;

    private Page signedIn(String email) {
        var page = open("http://localhost:" + port);
        Login.as(page, email, Login.DEMO_PASSWORD);
        return page;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static com.microsoft.playwright.Locator.GetByRoleOptions inside(String name) {
        return new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void vote(Page page, String roundUrl, String choice) {
        page.navigate(roundUrl);
        page.locator("#vote-form").getByRole(AriaRole.BUTTON, inside(choice)).click();
        assertThat(page.locator("#my-vote")).containsText("Uw stem: " + choice);
    }

    @Test
    void the_directeur_submits_the_mr_consents_and_the_adopted_version_becomes_the_code() {
        var directeur = signedIn("directeur@school.example");
        directeur.navigate("/instemming");
        directeur.locator("#consent").getByRole(AriaRole.BUTTON, inside("Ter instemming voorleggen")).click();
        var dialog = directeur.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Toelichting").fill("Na de evaluatie wil het team tot 20.00 uur bereikbaar zijn.");
        dialog.getByRole(AriaRole.BUTTON, inside("Ter instemming voorleggen")).click();
        assertThat(directeur.locator("#round-status")).hasText("Ter instemming");
        // the address bar follows the server-side navigation a moment after the page content
        directeur.waitForURL(java.util.regex.Pattern.compile(".*/instemming/ronde/\\d+$"));
        var roundUrl = directeur.url();

        vote(signedIn("mr.lid@school.example"), roundUrl, "Instemmen");
        var voorzitter = signedIn("mr.voorzitter@school.example");
        vote(voorzitter, roundUrl, "Instemmen");

        voorzitter.getByRole(AriaRole.BUTTON, named("Besluit vastleggen en ronde sluiten")).click();
        assertThat(voorzitter.locator("#round-outcome")).containsText("Uitkomst: Instemming");
        assertThat(voorzitter.locator("#round-status")).hasText("Besloten");

        directeur.navigate(roundUrl);
        directeur.getByRole(AriaRole.BUTTON, named("Vaststellen")).click();
        directeur.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, inside("Vaststellen")).click();
        assertThat(directeur.locator("#round-outcome")).containsText("Vastgesteld; geldt vanaf");

        directeur.navigate("/gedragscode");
        assertThat(directeur.getByText("Versie 2, vastgesteld op")).isVisible();
        directeur.getByRole(AriaRole.BUTTON, named("Lezen")).click();
        assertThat(directeur.getByText("Deze versie is een voorstel na de evaluatie in het team")).isVisible();
    }
}
