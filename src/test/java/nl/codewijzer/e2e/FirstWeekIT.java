package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a school notices in its first week (issue 18), in real browsers on a port that is not 8080
 * and without a configured base URL: a click after correcting a field is not lost, and the links
 * people are given point where the app really is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-first-week-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}",
        "codewijzer.seal.demo-dir=target/e2e-seal/${random.uuid}"})
class FirstWeekIT extends BrowserTest {

    @LocalServerPort
    private int port;

    private Page signedIn(String email) {
        var page = open("http://localhost:" + port);
        Login.as(page, email, Login.DEMO_PASSWORD);
        return page;
    }

    private static Locator.GetByRoleOptions named(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    /**
     * Clicks the way a person does: aims at where the button is now, presses, and lets go 120 ms
     * later at the same spot. The press takes the focus from the field just corrected; if anything
     * then moves the button, the release lands beside it and the click is lost.
     */
    private static void pressLikeAPerson(Page page, Locator button) {
        button.scrollIntoViewIfNeeded();
        var box = button.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.mouse().down();
        page.waitForTimeout(120);
        page.mouse().up();
    }

    @Test
    void the_first_press_after_correcting_a_field_counts_in_the_mr_round_and_on_the_sign_page() {
        var directeur = signedIn("directeur@school.example");
        directeur.navigate("/instemming");
        directeur.locator("#consent").getByRole(AriaRole.BUTTON, named("Ter instemming voorleggen")).click();
        var dialog = directeur.getByRole(AriaRole.DIALOG);
        var submit = dialog.getByRole(AriaRole.BUTTON, named("Ter instemming voorleggen"));
        submit.click();
        assertThat(dialog).containsText("Geef een toelichting");
        dialog.getByLabel("Toelichting").fill("Na de evaluatie wil het team tot 20.00 uur bereikbaar zijn.");
        pressLikeAPerson(directeur, submit);
        assertThat(directeur.locator("#round-status")).hasText("Ter instemming");
        directeur.waitForURL(java.util.regex.Pattern.compile(".*/instemming/ronde/\\d+$"));
        var roundUrl = directeur.url();

        for (var member : new String[] {"mr.lid@school.example", "mr.voorzitter@school.example"}) {
            var page = signedIn(member);
            page.navigate(roundUrl);
            var refuse = page.locator("#vote-niet-instemmen");
            refuse.click();
            assertThat(page.locator("#vote-form")).containsText("Geef een motivatie als u niet instemt.");
            page.locator("#vote-form textarea").fill("Ouders zijn niet gehoord.");
            pressLikeAPerson(page, refuse);
            assertThat(page.locator("#my-vote")).containsText("Uw stem: Niet instemmen");
            if (member.startsWith("mr.voorzitter")) {
                var close = page.locator("#close-form").getByRole(AriaRole.BUTTON,
                        named("Besluit vastleggen en ronde sluiten"));
                close.click();
                assertThat(page.locator("#close-form")).containsText("Bij weigering geeft de MR schriftelijk de redenen.");
                page.locator("#close-form textarea").fill("De ouders in de MR zijn niet gehoord.");
                pressLikeAPerson(page, close);
                assertThat(page.locator("#round-status")).hasText("Besloten");
            }
        }

        var docent = signedIn("docent@school.example");
        docent.navigate("/ondertekenen");
        docent.locator("#sign-confirm").click();
        var sign = docent.locator("#sign-button");
        sign.click();
        assertThat(docent.locator("#sign-name")).containsText("Typ uw volledige naam.");
        docent.locator("#sign-name input").fill("Bart de Vries");
        pressLikeAPerson(docent, sign);
        assertThat(docent.locator("#receipt-statement")).containsText("Bart de Vries heeft versie ");
    }

    private static String registerPdfText(Page coordinator) throws Exception {
        coordinator.navigate("/ondertekening");
        var download = coordinator.waitForDownload(() -> coordinator.locator("[id^='register-pdf-']").first().click());
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void without_a_base_url_links_follow_the_address_the_browser_used_and_paper_never_says_localhost()
            throws Exception {
        var here = "http://localhost:" + port;
        var beheerder = signedIn("beheerder@school.example");
        assertThat(beheerder.locator("#address-warning")).containsText("Er is geen basisadres ingesteld");
        assertThat(beheerder.locator("#address-warning")).containsText(here);
        StaffAdminPage.open(beheerder).fillInNewPerson("Sanne Bakker", "sanne.bakker@school.example", "").save();
        var link = beheerder.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Uitnodiging"))
                .getByLabel("Uitnodigingslink", new Locator.GetByLabelOptions().setExact(true)).inputValue();
        org.assertj.core.api.Assertions.assertThat(link).startsWith(here + "/uitnodiging/");

        var coordinator = signedIn("coordinator@school.example");
        coordinator.navigate("/ondertekening");
        var downloads = coordinator.locator("#campaign-exports").boundingBox();
        var signers = coordinator.locator("#campaign-signed").boundingBox();
        org.assertj.core.api.Assertions.assertThat(downloads.y).as("the register downloads above the list of signers")
                .isLessThan(signers.y);
        var onLocalhost = registerPdfText(coordinator);
        org.assertj.core.api.Assertions.assertThat(onLocalhost).doesNotContain("localhost")
                .contains("het adres daarvan is niet ingesteld", "Functie", "Wijze", "online, naam getypt");
    }
}
