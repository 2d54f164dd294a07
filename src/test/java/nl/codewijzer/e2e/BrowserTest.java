package nl.codewijzer.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One Chromium per test class (starting it costs seconds on two cores), and pages that each have a
 * browser context of their own, so their own cookies, login and session; closed after each test.
 */
// the test's own Spring context owns the static security holder while it runs (see ContextSecurityStrategy)
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class BrowserTest {

    private static @Nullable HeadlessChromium chromium;
    private final List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @AfterEach
    void closePages() {
        pages.forEach(page -> page.context().close());
        pages.clear();
    }

    /** A new page on a laptop-sized screen. */
    protected Page open(String baseUrl) {
        return keep(browser().open(baseUrl));
    }

    /** A new page on a screen of the given size in CSS pixels. */
    protected Page open(String baseUrl, int width, int height) {
        return keep(browser().open(baseUrl, width, height));
    }

    private Page keep(Page page) {
        pages.add(page);
        return page;
    }

    private static HeadlessChromium browser() {
        if (chromium == null) {
            throw new IllegalStateException("Chromium was not launched");
        }
        return chromium;
    }
}
