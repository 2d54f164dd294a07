package nl.codewijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.publication.PublicPages;
import nl.codewijzer.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15: the public page of the adopted code as a parent sees it, in a browser context that never
 * logged in: the adopted text with its version, adoption date and SHA-256, a QR code, no names of the
 * people who voted, adopted or signed, no draft; cacheable and without a session; no serious or
 * critical axe-core violation at a laptop's width and at 360 px. Switched off it says "niet (meer)
 * openbaar"; a school that never switched it on has no page. Shares AccessibilityIT's context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-axe-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class PublicPageIT extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    private int port;

    @Autowired
    PublicPages pages;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    UserDetailsService users;

    @Test
    void a_parent_reads_the_adopted_code_without_names_or_drafts_until_the_schoolleiding_switches_it_off() {
        var directeur = users.loadUserByUsername("directeur@school.example");
        assertThatThrownBy(() -> SystemActor.runAsPerson(users.loadUserByUsername("coordinator@school.example"),
                () -> pages.switchOn())).isInstanceOf(AccessDeniedException.class);
        var status = SystemActor.runAsPerson(directeur, () -> pages.switchOn());
        assertThat(status.enabled()).isTrue();
        assertThat(status.slug()).isEqualTo("de-linde-demo");
        var adopted = SystemActor.runAsPerson(directeur, () -> codeTexts.active(codeTexts.codes().getFirst().id()))
                .orElseThrow();

        var page = open("http://localhost:" + port);
        var response = page.navigate("/code/de-linde-demo");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("cache-control")).contains("public");
        assertThat(response.headers()).doesNotContainKey("set-cookie");
        var text = page.locator("body").innerText();
        assertThat(text).contains("De Linde (demo)", "Versie", String.valueOf(adopted.number()), "Vastgesteld op",
                adopted.summary().sha256());
        assertThat(text).doesNotContain("Marloes de Wit", "Ahmed Yılmaz", "Bart de Vries", "Ingrid Bakker",
                "Deze versie is een voorstel na de evaluatie");
        assertThat(page.locator("svg[role=img]").getAttribute("aria-label")).contains("/code/de-linde-demo");
        assertThat(page.context().cookies()).isEmpty();
        var again = page.navigate("/code/de-linde-demo"); // the browser revalidates its copy: 304, same page
        assertThat(again.status()).isIn(200, 304);
        assertThat(page.locator("body").innerText()).contains(adopted.summary().sha256());

        var findings = new ArrayList<String>();
        for (var screen : new int[][] {{1280, 800}, {360, 740}}) {
            page.setViewportSize(screen[0], screen[1]);
            page.navigate("/code/de-linde-demo");
            for (Rule rule : new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations()) {
                if (rule.getImpact() != null && Set.of("serious", "critical").contains(rule.getImpact())) {
                    findings.add(screen[0] + " px: " + rule.getImpact() + " " + rule.getId() + " " + rule.getHelp());
                }
            }
        }
        assertThat(findings).as("serious or critical axe-core violations").isEmpty();

        SystemActor.runAsPerson(directeur, () -> pages.switchOff());
        var off = page.navigate("/code/de-linde-demo");
        assertThat(off.status()).isEqualTo(410);
        assertThat(page.locator("h1").innerText()).isEqualTo("Deze gedragscode is niet (meer) openbaar.");
        assertThat(page.locator("body").innerText()).doesNotContain(adopted.summary().sha256());

        var unknown = page.navigate("/code/een-andere-school");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("Op dit adres staat geen openbare gedragscode.");
    }
}
