package nl.codewijzer.pdf;

import org.jspecify.annotations.Nullable;

/**
 * Whether sealing works now, for the health endpoint and the signing dashboard.
 *
 * @param level      the level seals are made at
 * @param authority  the time-stamping authority's address; null when the level needs none
 * @param ready      a certificate is configured and, if needed, the authority answered
 * @param problem    what is wrong, in English for the operator's log and health output; null when ready
 */
public record SealHealth(SealLevel level, @Nullable String authority, boolean ready, @Nullable String problem) {
}
