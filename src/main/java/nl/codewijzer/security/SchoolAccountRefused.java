package nl.codewijzer.security;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in with a school account was refused. The e-mail the provider claimed is kept only when it
 * matched nobody (there is then no person to name); a known person is named by id.
 *
 * @param provider the registration id ("microsoft"), or "" when the callback named none
 * @param reason   a {@link SchoolAccountRefusal.Reason} in lower case with dashes, or the protocol's error code
 */
public record SchoolAccountRefused(String provider, String reason, @Nullable String claimedEmail,
        @Nullable Long personId) {
}
