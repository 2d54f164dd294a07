package nl.codewijzer.codetext;

import java.time.Instant;

/** A new version was saved (for the audit trail). */
public record VersionSaved(long codeId, long versionId, int number, long authorId, String sha256, Instant savedAt)
        implements VersionAuditEvent {

    @Override
    public String auditAction() {
        return "version.saved";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; number=" + number + "; sha256=" + sha256;
    }
}
