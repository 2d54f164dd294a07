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
 * A new colleague's way in, in real browsers: the beheerder adds them, they open the invitation
 * link and choose a password, land in the sign flow, read, sign, and download their certificate;
 * the coördinator's dashboard shows one more signature; anyone checks the certificate without
 * logging in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-new-hire-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}",
        "codewijzer.seal.demo-dir=target/e2e-seal/${random.uuid}"})
class NewHireSigningJourneyIT extends BrowserTest {

    private static final String NAME = "Sanne Bakker";

    @LocalServerPort
    private int port;

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void a_new_colleague_follows_the_invitation_signs_downloads_the_certificate_and_the_dashboard_counts_it()
            throws Exception {
        var coordinator = open(baseUrl());
        Login.as(coordinator, "coordinator@school.example", Login.DEMO_PASSWORD);
        coordinator.navigate("/ondertekening");
        // the demo: 21 of the 25 staff signed version 1
        assertThat(coordinator.locator("#campaign-tally")).hasText("21 van 25 ondertekend (84%)");

        var beheerder = open(baseUrl());
        Login.as(beheerder, "beheerder@school.example", Login.DEMO_PASSWORD);
        StaffAdminPage.open(beheerder).fillInNewPerson(NAME, "sanne.bakker@school.example", "").save();
        var link = beheerder.getByRole(AriaRole.DIALOG, named("Uitnodiging"))
                .getByLabel("Uitnodigingslink", new Locator.GetByLabelOptions().setExact(true)).inputValue();

        var newcomer = open(baseUrl());
        newcomer.navigate(link.substring(link.indexOf("/uitnodiging/")));
        newcomer.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("fietsen langs de Vecht");
        newcomer.getByLabel("Herhaal het nieuwe wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill("fietsen langs de Vecht");
        newcomer.getByRole(AriaRole.BUTTON, named("Wachtwoord instellen en verder")).click();
        newcomer.waitForURL(url -> url.endsWith("/ondertekenen"));

        assertThat(newcomer.getByRole(AriaRole.HEADING, named("Gedragscode ondertekenen"))).isVisible();
        assertThat(newcomer.locator("#sign-intro")).containsText("Gedragscode sociale media, versie 1");
        assertThat(newcomer.locator("#sign-text")).containsText("De tekst die u ondertekent");
        newcomer.locator("#sign-button").click();
        assertThat(newcomer.locator("#sign-name")).containsText("Typ uw volledige naam.");
        var flow = SignFlowPage.open(newcomer, NAME).fillIn();
        flow.sign();
        var code = flow.awaitReceipt();

        var download = newcomer.waitForDownload(() -> newcomer.locator("#certificate-pdf").click());
        var certificate = Files.readAllBytes(download.path());
        try (var pdf = Loader.loadPDF(certificate)) {
            var text = new PDFTextStripper().getText(pdf);
            org.assertj.core.api.Assertions.assertThat(text).contains("Bewijs van ondertekening", NAME,
                    "Gedragscode sociale media", code);
        }

        coordinator.reload();
        assertThat(coordinator.locator("#campaign-tally")).hasText("22 van 26 ondertekend (84%)");
        assertThat(coordinator.locator("#campaign-signed").getByText(NAME, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))).hasCount(1);

        var stranger = open(baseUrl());
        stranger.navigate("/verifieren");
        stranger.locator("#verify-code input").fill(code);
        stranger.locator("#verify-check").click();
        assertThat(stranger.locator("#verify-code-result")).containsText("Deze verificatiecode hoort bij deze ondertekening");
        assertThat(stranger.locator("#verify-code-result")).containsText("S. Bakker");
        stranger.locator("vaadin-upload input[type=file]").setInputFiles(
                new com.microsoft.playwright.options.FilePayload("bewijs-ondertekening.pdf", "application/pdf", certificate));
        assertThat(stranger.locator("#verify-verdict")).hasText("Dit bestand klopt met de administratie van de school.");
    }
}
