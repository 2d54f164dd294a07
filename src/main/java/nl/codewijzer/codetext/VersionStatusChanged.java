package nl.codewijzer.codetext;

import java.time.Instant;

/** A version moved from one status to another (for the audit trail and workflow modules). */
public record VersionStatusChanged(long codeId, long versionId, VersionStatus from, VersionStatus to, Instant changedAt) {
}
