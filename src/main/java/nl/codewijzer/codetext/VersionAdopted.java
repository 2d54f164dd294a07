package nl.codewijzer.codetext;

import java.time.Instant;

/**
 * A version became the active (vastgestelde) text of its code; signing starts from this. (The audit
 * trail records the adoption from {@link VersionStatusChanged}.)
 */
public record VersionAdopted(long codeId, long versionId, int number, String sha256, Instant adoptedAt) {
}
