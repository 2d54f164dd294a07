package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** The sign flow at /ondertekenen, driven through what is on screen: read, tick, type the name, sign. */
final class SignFlowPage {

    private final Page page;
    private final String fullName;
    private boolean confirmationArrived;

    private SignFlowPage(Page page, String fullName) {
        this.page = page;
        this.fullName = fullName;
        page.onResponse(this::noticeConfirmation);
    }

    /** Opens the most urgent code to sign and waits for its text. */
    static SignFlowPage open(Page page, String fullName) {
        page.navigate("/ondertekenen");
        return shown(page, fullName);
    }

    /** The sign flow already open on {@code page} (after {@link Login#at}): waits for its text. */
    static SignFlowPage shown(Page page, String fullName) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gedragscode ondertekenen")
                .setLevel(1))).isVisible();
        assertThat(page.locator("#sign-text")).isVisible();
        return new SignFlowPage(page, fullName);
    }

    /** Ticks "Ik heb de gedragscode gelezen en houd mij eraan" and types the name, without signing yet. */
    SignFlowPage fillIn() {
        page.locator("#sign-confirm").click();
        page.locator("#sign-name input").fill(fullName);
        page.locator("#sign-name input").blur();
        return this;
    }

    /** Clicks "Ondertekenen"; returns as soon as the click is made, not when the server has answered. */
    void sign() {
        page.locator("#sign-button").click();
    }

    /**
     * Whether the server's answer carrying the receipt ("… heeft versie 1 van … ondertekend op …")
     * has reached the browser: known from the answer itself, so a crash test can kill the server
     * the moment the app has confirmed.
     */
    boolean confirmationArrived() {
        return confirmationArrived;
    }

    private void noticeConfirmation(Response response) {
        if (!confirmationArrived && response.url().contains("v-r=uidl")) {
            var text = response.text();
            if (text.contains(fullName + " heeft versie ") && text.contains(" ondertekend op ")) {
                confirmationArrived = true;
            }
        }
    }

    /** Waits for the receipt on screen and returns its verification code. */
    String awaitReceipt() {
        var statement = page.locator("#receipt-statement");
        assertThat(statement).containsText(fullName + " heeft versie ");
        return page.locator("#receipt-code span").last().textContent().strip();
    }
}
