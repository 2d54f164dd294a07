package nl.codewijzer.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One Chromium per test JVM, launched by the first browser test class that runs there and shared by
 * the ones after it (starting it costs seconds on two cores, and failsafe runs some twenty browser
 * test classes in two JVMs); and pages that each have a browser context of their own, so their own
 * cookies, login and session, closed after each test. A browser that is no longer connected is
 * launched anew.
 */
// the test's own Spring context owns the static security holder while it runs (see ContextSecurityStrategy)
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(BrowserTest.SharedChromium.class)
abstract class BrowserTest {

    private static @Nullable HeadlessChromium chromium;
    private final List<Page> pages = new ArrayList<>();

    /**
     * Keeps the Chromium in the launcher session's store, which JUnit closes when the session ends:
     * when the test JVM has run all its classes (surefire and failsafe run each class as a request
     * of their own in one session).
     */
    static final class SharedChromium implements BeforeAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            var store = context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, NAMESPACE);
            var shared = store.computeIfAbsent(HeadlessChromium.class, key -> HeadlessChromium.launch(), HeadlessChromium.class);
            if (!shared.isConnected()) {
                store.remove(HeadlessChromium.class);
                shared.close();
                shared = store.computeIfAbsent(HeadlessChromium.class, key -> HeadlessChromium.launch(), HeadlessChromium.class);
            }
            chromium = shared;
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
