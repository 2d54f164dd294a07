package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import nl.codewijzer.audit.internal.AuditChainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with a school account against a real OpenID Connect provider (mock-oauth2-server,
 * started here, with its own interactive login page standing in for Microsoft's). The provider is
 * configured as Entra ID: one allowed tenant, matched by tid + oid after the first match by e-mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-sso-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}",
        "codewijzer.seal.demo-dir=target/e2e-seal/${random.uuid}",
        "codewijzer.sso.providers.microsoft.kind=entra",
        "codewijzer.sso.providers.microsoft.client-id=codewijzer",
        "codewijzer.sso.providers.microsoft.client-secret=not-a-real-secret",
        "codewijzer.sso.providers.microsoft.allowed-tenants=" + SchoolAccountSignInIT.SCHOOL_TENANT,
        // the same app reached through another school board's tenant: its accounts are not on the allow-list
        "codewijzer.sso.providers.ander.kind=entra",
        "codewijzer.sso.providers.ander.name=Ander bestuur",
        "codewijzer.sso.providers.ander.client-id=codewijzer",
        "codewijzer.sso.providers.ander.allowed-tenants=" + SchoolAccountSignInIT.SCHOOL_TENANT})
class SchoolAccountSignInIT extends BrowserTest {

    static final String SCHOOL_TENANT = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    static final String OTHER_TENANT = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    private static final SchoolProvider PROVIDER = new SchoolProvider();

    @LocalServerPort
    private int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainer chainer;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        // the provider names its tokens' tenant (tid) after the issuer id, as Entra ID does
        registry.add("codewijzer.sso.providers.microsoft.issuer-uri", () -> PROVIDER.issuer(SCHOOL_TENANT));
        registry.add("codewijzer.sso.providers.ander.issuer-uri", () -> PROVIDER.issuer(OTHER_TENANT));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    void a_colleague_signs_in_with_microsoft_and_keeps_in_after_their_address_changed() {
        var page = open("http://localhost:" + port);
        page.navigate("/login");
        signInAtProvider(page, Map.of("oid", "0a1b2c3d-beheerder", "name", "Ingrid Bakker",
                "preferred_username", "Beheerder@School.example"));

        page.waitForURL(url -> !url.contains("/login") && url.startsWith("http://localhost:" + port));
        assertThat(page.locator("#user-menu")).containsText("Ingrid Bakker");
        // the beheerder's own roles, from Codewijzer: the staff list is in her menu
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personeel").setExact(true)))
                .isVisible();
        Login.out(page);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ook afmelden bij Microsoft")))
                .isVisible();

        // same tenant and object id, a new address: still the same person, by the stable subject
        var later = open("http://localhost:" + port);
        later.navigate("/login");
        signInAtProvider(later, Map.of("oid", "0a1b2c3d-beheerder", "name", "Ingrid Bakker",
                "preferred_username", "i.bakker@nieuwe-naam.example"));
        later.waitForURL(url -> !url.contains("/login") && url.startsWith("http://localhost:" + port));
        assertThat(later.locator("#user-menu")).containsText("Ingrid Bakker");

        org.assertj.core.api.Assertions.assertThat(actions("beheerder@school.example"))
                .containsSubsequence("sso.linked provider=microsoft", "login.succeeded provider=microsoft",
                        "login.succeeded provider=microsoft");
    }

    @Test
    void an_account_of_another_tenant_is_refused_and_the_password_form_stays() {
        var page = open("http://localhost:" + port);
        page.navigate("/login");
        signInAtProvider(page, "Ander bestuur", Map.of("oid", "77", "preferred_username", "docent@school.example"));

        page.waitForURL(url -> url.contains("/login?geweigerd=wrong-tenant"));
        assertThat(page.getByText("Dit account hoort niet bij de organisatie van deze school.",
                new Page.GetByTextOptions())).isVisible();
        assertThat(page.locator("input[name=password]")).isVisible();
        org.assertj.core.api.Assertions.assertThat(refusals()).contains("provider=ander; reason=wrong-tenant");
        org.assertj.core.api.Assertions.assertThat(count("sso_link where subject like '" + OTHER_TENANT + "%'")).isZero();
    }

    @Test
    void an_unknown_account_gets_a_calm_page_and_nothing_is_created() {
        int people = count("person");
        var page = open("http://localhost:" + port);
        page.navigate("/login");
        signInAtProvider(page, Map.of("oid", "88", "name", "Onbekende Stagiair",
                "preferred_username", "stagiair@school.example"));

        page.waitForURL(url -> url.contains("/login?geweigerd=unknown-account"));
        assertThat(page.getByText("Uw schoolaccount is niet bekend in Codewijzer. Vraag de beheerder om u toe te voegen."))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(count("person")).isEqualTo(people);
        org.assertj.core.api.Assertions.assertThat(refusals()).contains("provider=microsoft; reason=unknown-account");
    }

    @Test
    void the_beheerder_sees_a_colleagues_microsoft_link_and_removes_it() {
        var colleague = open("http://localhost:" + port);
        colleague.navigate("/login");
        signInAtProvider(colleague, Map.of("oid", "5e6f-bart", "name", "Bart de Vries",
                "preferred_username", "docent@school.example"));
        colleague.waitForURL(url -> !url.contains("/login") && url.startsWith("http://localhost:" + port));

        var page = open("http://localhost:" + port);
        Login.as(page, "beheerder@school.example", Login.DEMO_PASSWORD);
        var staff = StaffAdminPage.open(page);
        staff.search("docent@school.example");
        assertThat(page.getByText("1 persoon", new Page.GetByTextOptions().setExact(true))).isVisible();
        staff.listedName("Bart de Vries").click();
        var dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Persoon bewerken"));
        var links = dialog.locator("#school-account-links");
        assertThat(links.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Schoolaccounts"))).isVisible();
        assertThat(links.getByText("Microsoft", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(links.getByText("docent@school.example")).isVisible();

        links.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Koppeling verwijderen")).click();
        page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Koppeling met Microsoft verwijderen?"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                        .setName("Koppeling verwijderen")).click();

        assertThat(page.getByText("De koppeling met Microsoft van Bart de Vries is verwijderd.")).isVisible();
        assertThat(links.getByText("Er is geen schoolaccount gekoppeld.", new Locator.GetByTextOptions())).isVisible();
        org.assertj.core.api.Assertions.assertThat(count("sso_link where subject like '%5e6f-bart'")).isZero();
        org.assertj.core.api.Assertions.assertThat(actions("docent@school.example"))
                .containsSubsequence("sso.linked provider=microsoft", "sso.unlinked provider=microsoft");
    }

    /** Clicks "Inloggen met Microsoft" and signs in on the provider's own page with these claims. */
    private static void signInAtProvider(Page page, Map<String, String> claims) {
        signInAtProvider(page, "Microsoft", claims);
    }

    private static void signInAtProvider(Page page, String provider, Map<String, String> claims) {
        PROVIDER.signIn(page, provider, claims);
    }

    private List<String> actions(String email) {
        chainer.chainNow();
        return jdbc.queryForList("""
                select e.action || case when e.details = '' then '' else ' ' || e.details end from audit_event e
                where e.subject_id = (select id from person where email = ?) order by e.seq""", String.class, email);
    }

    private List<String> refusals() {
        chainer.chainNow();
        return jdbc.queryForList("select details from audit_event where action = 'sso.refused' order by seq", String.class);
    }

    private int count(String table) {
        return java.util.Objects.requireNonNull(jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
}
