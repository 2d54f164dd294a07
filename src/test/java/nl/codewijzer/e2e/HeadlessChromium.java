package nl.codewijzer.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. One per test class: starting a browser costs seconds on
 * two cores; each page gets its own context, so cookies (and so logins) never leak between tests.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Debian's Chromium. Playwright's own browser download needs the internet, which CI does not have. */
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    /** Long enough for a cold first page load in dev mode on a slow machine, short enough to fail usefully. */
    private static final double TIMEOUT_MS = 20_000;

    private static final double ASSERTION_TIMEOUT_MS = 10_000;

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static HeadlessChromium launch() {
        // Playwright's 5 s default is tight for a cold server on two busy cores.
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException failed) {
            playwright.close();
            throw failed;
        }
    }

    /** A new page on a laptop-sized screen; relative URLs are resolved against {@code baseUrl}. */
    Page open(String baseUrl) {
        return open(baseUrl, 1280, 800);
    }

    /** A new page with its own cookies, on a screen of the given size in CSS pixels. */
    Page open(String baseUrl, int width, int height) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        return context.newPage();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
