package nl.codewijzer.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What login needs to know about a person; supplied by whoever stores people (see {@link Accounts}). */
public record Account(
        long personId,
        String email,
        String fullName,
        @Nullable String passwordHash,
        Set<Role> roles,
        boolean active,
        boolean mustChangePassword,
        @Nullable String preferredLanguage) {
}
