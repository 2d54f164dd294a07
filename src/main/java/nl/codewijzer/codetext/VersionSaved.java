package nl.codewijzer.codetext;

import java.time.Instant;

/** A new version was saved (for the audit trail). */
public record VersionSaved(long codeId, long versionId, int number, long authorId, String sha256, Instant savedAt) {
}
