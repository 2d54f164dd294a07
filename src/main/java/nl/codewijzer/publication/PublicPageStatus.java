package nl.codewijzer.publication;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the public page is on, where, and the snippet for the school website.
 *
 * @param address the page's full address (or its path when the app's address is unknown); null before it was ever switched on
 */
public record PublicPageStatus(boolean enabled, @Nullable String slug, @Nullable String address, @Nullable String snippet,
        @Nullable Instant changedAt, @Nullable String changedBy, boolean canSwitch) {
}
