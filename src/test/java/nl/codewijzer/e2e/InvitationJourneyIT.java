package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new colleague's first visit through an invitation link, in real browsers: the beheerder adds
 * them without a password and copies the link; the colleague chooses a password and is signed in
 * at once (a new session, the old one's id worthless); the link does not work a second time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-invitation-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}",
        "codewijzer.seal.demo-dir=target/e2e-seal/${random.uuid}"})
class InvitationJourneyIT extends BrowserTest {

    @LocalServerPort
    private int port;

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** The link's path: the mailed address points at the configured base URL, not at this test's port. */
    private static String pathOf(String link) {
        return link.substring(link.indexOf("/uitnodiging/"));
    }

    @Test
    void the_new_colleague_opens_the_link_chooses_a_password_and_is_signed_in_once() {
        var beheerder = open(baseUrl());
        Login.as(beheerder, "beheerder@school.example", Login.DEMO_PASSWORD);
        var staff = StaffAdminPage.open(beheerder);
        staff.fillInNewPerson("Noor van Dijk", "noor.vandijk@school.example", "").save();
        var invitation = beheerder.getByRole(AriaRole.DIALOG, named("Uitnodiging"));
        var linkField = invitation.getByLabel("Uitnodigingslink", new Locator.GetByLabelOptions().setExact(true));
        assertThat(linkField).isVisible();
        var link = linkField.inputValue();

        var newcomer = open(baseUrl());
        newcomer.navigate(pathOf(link));
        assertThat(newcomer.getByRole(AriaRole.HEADING, named("Welkom, Noor van Dijk"))).isVisible();
        var sessionBefore = sessionCookie(newcomer);
        newcomer.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("fietsen langs de Vecht");
        newcomer.getByLabel("Herhaal het nieuwe wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill("fietsen langs de Vecht");
        newcomer.getByRole(AriaRole.BUTTON, named("Wachtwoord instellen en verder")).click();

        newcomer.waitForURL(url -> url.endsWith("/ondertekenen"));
        org.assertj.core.api.Assertions.assertThat(sessionCookie(newcomer)).as("a new session id after signing in")
                .isNotEqualTo(sessionBefore);
        newcomer.navigate("/mijn-gegevens");
        assertThat(newcomer.getByRole(AriaRole.HEADING, named("Mijn gegevens"))).isVisible();
        assertThat(newcomer.getByText("noor.vandijk@school.example")).isVisible();

        var again = open(baseUrl());
        again.navigate(pathOf(link));
        assertThat(again.getByRole(AriaRole.HEADING, named("Deze uitnodiging werkt niet meer"))).isVisible();
        assertThat(again.getByText("Met deze link is al een wachtwoord ingesteld.", new Page.GetByTextOptions()))
                .isVisible();
    }

    @Test
    void the_beheerder_makes_a_new_invitation_from_the_list_without_opening_the_person() {
        var beheerder = open(baseUrl());
        Login.as(beheerder, "beheerder@school.example", Login.DEMO_PASSWORD);
        var staff = StaffAdminPage.open(beheerder);
        staff.search("nowak");
        assertThat(staff.listedName("Łukasz Nowak")).isVisible();
        // the search has narrowed the list to the one person (the list redraws after the name shows)
        var newInvitation = beheerder.getByRole(AriaRole.BUTTON, named("Nieuwe uitnodiging"));
        assertThat(newInvitation).hasCount(1);

        newInvitation.click();

        var invitation = beheerder.getByRole(AriaRole.DIALOG, named("Uitnodiging"));
        assertThat(invitation.getByLabel("Uitnodigingslink", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue(java.util.regex.Pattern.compile(".*/uitnodiging/[A-Za-z0-9_-]{43}"));
        assertThat(beheerder.getByRole(AriaRole.DIALOG, named("Persoon bewerken"))).hasCount(0);
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }
}
