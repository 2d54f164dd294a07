package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Logging in and out the way a person does: through the login page and the user menu. */
final class Login {

    static final String DEMO_PASSWORD = "demo";

    private Login() {
    }

    /** Logs in through the login page and waits until the app has left it. */
    static void as(Page page, String email, String password) {
        page.navigate("/login");
        submit(page, email, password);
    }

    /**
     * Opens {@code path} as a stranger, which shows the login page, logs in there and waits until the
     * app has brought the person back to {@code path}: one page load fewer than logging in and then
     * opening the page.
     */
    static void at(Page page, String path, String email, String password) {
        page.navigate(path);
        page.waitForURL(url -> url.contains("/login"));
        submit(page, email, password);
        if (!page.url().contains(path)) {
            fail("After the login the app showed " + page.url() + " instead of " + path);
        }
    }

    /** Fills in the open login page, presses "Inloggen" and waits until the app has left the page. */
    private static void submit(Page page, String email, String password) {
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/login") || url.contains("error"));
        if (page.url().contains("/login")) {
            fail("The login page refused " + email + " with password '" + password + "'");
        }
    }

    /** Logs out through the user menu at the top right and checks that the login page is back. */
    static void out(Page page) {
        page.locator("#user-menu").getByRole(AriaRole.MENUITEM).first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Afmelden")).click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("input[name=username]")).isVisible();
    }
}
