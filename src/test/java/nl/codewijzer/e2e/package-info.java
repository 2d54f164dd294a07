/**
 * Real-browser end-to-end tests in headless Chromium (Playwright). They run in {@code mvn verify}
 * after the jar is packaged, because one of them starts the production jar itself.
 */
@NullMarked
package nl.codewijzer.e2e;

import org.jspecify.annotations.NullMarked;
