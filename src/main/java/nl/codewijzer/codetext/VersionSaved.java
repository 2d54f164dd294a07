package nl.codewijzer.codetext;

import java.time.Instant;
import nl.codewijzer.base.AuditableEvent;

/** A new version was saved (for the audit trail). */
public record VersionSaved(long codeId, long versionId, int number, long authorId, String sha256, Instant savedAt)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "version.saved";
    }

    @Override
    public String auditObjectType() {
        return "code_version";
    }

    @Override
    public String auditObjectId() {
        return Long.toString(versionId);
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; number=" + number + "; sha256=" + sha256;
    }
}
