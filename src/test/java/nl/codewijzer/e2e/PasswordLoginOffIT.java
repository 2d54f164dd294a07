package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A school that switched password login off: everyone signs in with their Microsoft account, only
 * the break-glass beheerder keeps a password (at /login?wachtwoord), and a new colleague's
 * invitation welcomes them to their school account instead of asking for a password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-password-off-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}",
        "codewijzer.seal.demo-dir=target/e2e-seal/${random.uuid}",
        "codewijzer.sso.providers.microsoft.kind=entra",
        "codewijzer.sso.providers.microsoft.client-id=codewijzer",
        "codewijzer.sso.providers.microsoft.client-secret=not-a-real-secret",
        "codewijzer.sso.providers.microsoft.allowed-tenants=" + PasswordLoginOffIT.TENANT,
        "codewijzer.sso.password-login=false",
        "codewijzer.sso.break-glass-email=beheerder@school.example"})
class PasswordLoginOffIT extends BrowserTest {

    static final String TENANT = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private static final SchoolProvider PROVIDER = new SchoolProvider();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("codewijzer.sso.providers.microsoft.issuer-uri", () -> PROVIDER.issuer(TENANT));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void only_the_break_glass_beheerder_uses_a_password_and_a_new_colleague_is_welcomed_to_their_school_account() {
        // the login page offers the school account only
        var teacher = open("http://localhost:" + port);
        teacher.navigate("/login");
        // the first page of a fresh server may take a while on a busy machine: wait as long as an action would
        teacher.getByRole(AriaRole.LINK, named("Inloggen met Microsoft")).waitFor();
        assertThat(teacher.getByRole(AriaRole.LINK, named("Inloggen met Microsoft"))).isVisible();
        assertThat(teacher.locator("input[name=password]")).isHidden();

        // a teacher who finds the hidden form is refused with the reason, their password is of no use
        teacher.navigate("/login?wachtwoord");
        passwordSignIn(teacher, "docent@school.example");
        teacher.waitForURL(url -> url.contains("/login") && url.contains("error"));
        assertThat(teacher.getByText("Deze school logt in met het schoolaccount. Gebruik de knop hierboven.")).isVisible();

        // the break-glass beheerder still gets in with a password, and adds a new colleague
        var beheerder = open("http://localhost:" + port);
        beheerder.navigate("/login?wachtwoord");
        passwordSignIn(beheerder, "beheerder@school.example");
        beheerder.waitForURL(url -> !url.contains("/login"));
        assertThat(beheerder.locator("#user-menu")).containsText("Ingrid Bakker");
        var noor = StaffAdminPage.open(beheerder).fillInNewPerson("Noor van Dijk", "noor.vandijk@school.example", "");
        // no temporary password to hand out: she could never use it
        assertThat(beheerder.getByRole(AriaRole.DIALOG, named("Persoon toevoegen")).getByLabel("Tijdelijk wachtwoord"))
                .hasCount(0);
        noor.save();
        var linkField = beheerder.getByRole(AriaRole.DIALOG, named("Uitnodiging"))
                .getByLabel("Uitnodigingslink", new Locator.GetByLabelOptions().setExact(true));
        assertThat(linkField).isVisible();
        var link = linkField.inputValue();
        var path = link.substring(link.indexOf("/uitnodiging/"));

        // the link welcomes her to her school account: no password to choose
        var newcomer = open("http://localhost:" + port);
        newcomer.navigate(path);
        assertThat(newcomer.getByRole(AriaRole.HEADING, named("Welkom, Noor van Dijk"))).isVisible();
        assertThat(newcomer.getByText("Op deze school logt u in met uw schoolaccount (noor.vandijk@school.example)"))
                .isVisible();
        assertThat(newcomer.getByLabel("Nieuw wachtwoord")).hasCount(0);
        PROVIDER.signIn(newcomer, "Microsoft", Map.of("oid", "0a1b-noor", "tid", TENANT, "name", "Noor van Dijk",
                "preferred_username", "noor.vandijk@school.example"));
        // and goes straight on to the sign flow, as after choosing a password
        newcomer.waitForURL(url -> url.equals("http://localhost:" + port + "/ondertekenen"));
        assertThat(newcomer.locator("#user-menu")).containsText("Noor van Dijk");

        // the invitation did its work: opened again, it says so
        var again = open("http://localhost:" + port);
        again.navigate(path);
        assertThat(again.getByRole(AriaRole.HEADING, named("Deze uitnodiging werkt niet meer"))).isVisible();
    }

    private static void passwordSignIn(Page page, String email) {
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(Login.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
    }
}
