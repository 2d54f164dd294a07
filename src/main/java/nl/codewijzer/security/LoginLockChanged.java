package nl.codewijzer.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Logins for an account or from an address were locked after too many failures, or the beheerder
 * lifted such a lock. The key names the typed e-mail or the address; never a password. The audit
 * module records it, as it records Spring Security's login events ({@code security} cannot use
 * {@code base}'s {@code AuditableEvent}: {@code base} already uses {@code security}).
 */
public record LoginLockChanged(String action, String key, int failures, @Nullable Instant until) {

    public static final String LOCKED = "login.locked";
    public static final String UNLOCKED = "login.unlocked";

    /** The person whose account it is, if the key is an account's and the e-mail is someone's. */
    public @Nullable String email() {
        return key.startsWith("account:") ? key.substring("account:".length()) : null;
    }

    public String details() {
        return until == null ? "" : "failures=" + failures + "; until=" + until;
    }
}
