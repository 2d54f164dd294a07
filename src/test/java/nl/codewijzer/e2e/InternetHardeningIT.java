package nl.codewijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker on the internet, or a school's security officer, checks first, tried against the
 * production jar as a school runs it behind a TLS-terminating proxy ({@code
 * server.forward-headers-strategy=native}): a login form posted from a foreign page signs no one in,
 * every kind of response carries the browser-hardening headers, the session cookie and redirects
 * follow https when the proxy says the visitor came over https, the enforced
 * Content-Security-Policy stops nothing the app itself needs, and 20 rapid wrong passwords lock the
 * account with a calm message. The load balancer in front reads health, liveness and readiness without
 * a login, and no other actuator endpoint answers.
 *
 * <p>The jar runs as shipped ({@code java -jar codewijzer.jar}; the other ITs start it extracted, see
 * {@link ProductionJar}), so the single file a school installs serves the pages, the push connection
 * and the downloads tried here. The health checks were a test of their own in OperationsIT, on a jar
 * start of their own (64 s of the ITs' time); they need only a running jar, so they share this one.
 */
class InternetHardeningIT extends BrowserTest {

    private static final String DOCENT = "docent@school.example";

    @RegisterExtension
    final ProductionJars jars = ProductionJars.asShipped();

    @TempDir
    Path workingFolder;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void a_foreign_login_post_signs_no_one_in_every_response_is_hardened_https_is_kept_behind_a_proxy_and_the_load_balancer_reads_health()
            throws Exception {
        var app = jars.start(workingFolder, "hardening.log", "--server.forward-headers-strategy=native");
        var base = app.baseUrl();

        // The load balancer reads health, liveness and readiness without a login; no other actuator endpoint answers.
        var health = get(base + "/actuator/health", Map.of());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).endsWith("\"status\":\"UP\"}")
                .contains("\"db\":{\"status\":\"UP\"}", "\"mailOutbox\":{\"status\":\"UP\"}",
                        "\"sealCertificate\":{\"status\":\"UP\"}", "\"reactions\":{\"status\":\"UP\"}")
                // counts and dates only for a signed-in beheerder
                .doesNotContain("waiting", "validUntil");
        for (var probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            var answer = get(base + probe, Map.of());
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).endsWith("\"status\":\"UP\"}");
        }
        assertThat(get(base + "/actuator/health/readiness", Map.of()).body()).as("readiness includes the database")
                .contains("\"db\":{\"status\":\"UP\"}");
        for (var closed : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/metrics")) {
            var answer = get(base + closed, Map.of());
            assertThat(answer.statusCode()).as(closed).isNotEqualTo(200);
            assertThat(answer.body()).as(closed).doesNotContain("propertySources", "\"_links\"", "\"beans\"");
        }

        // Login CSRF: without a token, or with a made-up one, the right password signs no one in.
        assertThat(signedInAfterPost(base, null)).as("a login POST without a CSRF token signs in").isFalse();
        assertThat(signedInAfterPost(base, "made-up-token")).as("a login POST with a wrong CSRF token signs in").isFalse();
        // ... and with the token of the login page it does, so the two refusals above mean something.
        assertThat(signedInAfterPost(base, TOKEN_FROM_LOGIN_PAGE)).as("a login POST with the page's token signs in").isTrue();

        // Headers on the login page, the start page (a redirect for a stranger) and the public verification page.
        for (var path : List.of("/login", "/", "/verifieren")) {
            assertHardened(path, get(base + path, Map.of()).headers());
        }

        // Behind the proxy, over https: Secure + SameSite=Lax session cookie, HSTS, redirects on https.
        var overHttps = get(base + "/", Map.of("X-Forwarded-Proto", "https"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).as("HSTS over https")
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
        assertThat(overHttps.headers().firstValue("Location")).as("redirect to the login page over https")
                .hasValueSatisfying(value -> assertThat(value).startsWith("https://"));
        assertThat(overHttps.headers().allValues("Set-Cookie")).as("session cookie over https")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("SameSite=Lax"));
        var overHttp = get(base + "/login", Map.of());
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
        assertThat(overHttp.headers().allValues("Set-Cookie")).as("session cookie over http")
                .anySatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax"));

        // In Chromium, with the policy enforced: Vaadin's own requests and a PDF download carry the
        // headers, and nothing the app does is blocked by the policy.
        var page = open(base);
        var violations = new CopyOnWriteArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        Login.as(page, DOCENT, Login.DEMO_PASSWORD);
        page.navigate("/gedragscode");
        Response uidl = page.waitForResponse(response -> response.url().contains("v-r=uidl"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lezen").setExact(true)).first().click());
        assertHardened("a Vaadin UIDL response", headersOf(uidl.allHeaders()));
        var download = page.waitForDownload(() -> page.locator("#version-pdf").click());
        var pdf = page.request().get(download.url());
        assertThat(pdf.headers().get("content-type")).as("the download is a PDF").isEqualTo("application/pdf");
        assertHardened("a PDF download", headersOf(pdf.headers()));
        for (var path : List.of("/", "/meldingen", "/mijn-gegevens", "/ondertekenen")) {
            page.navigate(path);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1").first()).isVisible();
        }
        assertThat(violations).as("what the enforced Content-Security-Policy blocked").isEmpty();

        // Guessing: 20 rapid wrong passwords for one account, then even the right one is refused
        // with a calm message, in the browser, on a login page that still works.
        var guesser = new Guesser(base);
        for (int i = 0; i < 20; i++) {
            guesser.tryPassword(GUESSED, "geraden-" + i);
        }
        var victim = open(base);
        victim.navigate("/login");
        victim.locator("input[name=username]").fill(GUESSED);
        victim.locator("input[name=password]").fill(Login.DEMO_PASSWORD);
        victim.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
        victim.waitForURL(url -> url.contains("error"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                victim.getByText("Er is te vaak een verkeerd wachtwoord gebruikt", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(victim.url()).as("still on the login page").contains("/login");
    }

    private static final String GUESSED = "mr.lid@school.example";

    /** Posts the login form as a script would: one session, the login page's CSRF token, no browser. */
    private final class Guesser {
        private final String base;
        private final String session;
        private final String token;

        Guesser(String base) throws IOException, InterruptedException {
            this.base = base;
            var loginPage = get(base + "/login", Map.of());
            this.session = sessionOf(loginPage.headers(), null);
            var meta = CSRF_META.matcher(loginPage.body());
            assertThat(meta.find()).as("the login page carries its CSRF token").isTrue();
            this.token = meta.group(1);
        }

        void tryPassword(String email, String password) throws IOException, InterruptedException {
            var form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
            var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.headers().firstValue("Location")).as("a wrong password goes back to the login page")
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }
    }

    private static final String TOKEN_FROM_LOGIN_PAGE = "\u0000from the login page";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    /**
     * Opens the login page for a session, posts the demo teacher's right password as a foreign form
     * would (with {@code token} as CSRF token, none if null), and says whether that session can then
     * open the start page.
     */
    private boolean signedInAfterPost(String base, @Nullable String token) throws IOException, InterruptedException {
        var loginPage = get(base + "/login", Map.of());
        var session = sessionOf(loginPage.headers(), null);
        var form = "username=" + encode(DOCENT) + "&password=" + encode(Login.DEMO_PASSWORD);
        if (token != null) {
            var value = token;
            if (token.equals(TOKEN_FROM_LOGIN_PAGE)) {
                var meta = CSRF_META.matcher(loginPage.body());
                assertThat(meta.find()).as("the login page carries its CSRF token").isTrue();
                value = meta.group(1);
            }
            form += "&_csrf=" + encode(value);
        }
        var post = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        session = sessionOf(post.headers(), session);
        var home = get(base + "/", Map.of("Cookie", "JSESSIONID=" + session));
        return home.statusCode() == 200;
    }

    private HttpResponse<String> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionOf(HttpHeaders headers, @Nullable String current) {
        for (var cookie : headers.allValues("Set-Cookie")) {
            var matcher = SESSION_COOKIE.matcher(cookie);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        if (current == null) {
            throw new AssertionError("The server set no session cookie");
        }
        return current;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpHeaders headersOf(Map<String, String> headers) {
        return HttpHeaders.of(headers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new ArrayList<>(List.of(entry.getValue())))), (k, v) -> true);
    }

    private static void assertHardened(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as("Content-Security-Policy on " + what)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
        assertThat(headers.firstValue("Content-Security-Policy-Report-Only")).as("report-only policy on " + what).isEmpty();
        assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff on " + what).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as("Referrer-Policy on " + what).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as("Permissions-Policy on " + what)
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.allValues("X-Frame-Options")).as("X-Frame-Options on " + what).containsExactly("DENY");
    }
}
