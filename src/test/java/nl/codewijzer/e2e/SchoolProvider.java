package nl.codewijzer.e2e;

import com.microsoft.playwright.Page;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider for browser tests (mock-oauth2-server, started here), with its own
 * interactive login page standing in for Microsoft's: whoever signs in there types the claims the
 * school's directory would give.
 */
final class SchoolProvider {

    private final MockOAuth2Server server;

    SchoolProvider() {
        server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        server.start();
    }

    /** The issuer of one tenant: the provider names its tokens' tenant (tid) after it, as Entra ID does. */
    String issuer(String tenant) {
        return server.issuerUrl(tenant).toString();
    }

    void stop() {
        server.shutdown();
    }

    /** Clicks "Inloggen met {provider}" and signs in on the provider's own page with these claims. */
    void signIn(Page page, String provider, Map<String, String> claims) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Inloggen met " + provider)).click();
        page.waitForURL(url -> url.startsWith(server.baseUrl().toString()));
        page.locator("input[name=username]").fill("subject-" + claims.get("oid"));
        var json = new StringBuilder("{");
        claims.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":\"").append(value).append('"'));
        page.locator("textarea[name=claims]").fill(json.append('}').toString());
        page.locator("input[type=submit]").click();
        page.waitForURL(url -> !url.startsWith(server.baseUrl().toString()));
    }
}
