package nl.codewijzer.security;

import java.time.Instant;

/** A school account linked to a person, as the beheerder sees it. */
public record SchoolAccountLink(long id, long personId, String provider, String providerName, String emailAtLink,
        Instant linkedAt, Instant lastLoginAt) {
}
