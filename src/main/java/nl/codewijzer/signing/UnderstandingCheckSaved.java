package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The coördinator or the schoolleiding replaced a version's understanding check (none: removed it). */
public record UnderstandingCheckSaved(long versionId, int versionNumber, int questions, @Nullable String sha256)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.check-saved";
    }

    @Override
    public String auditObjectType() {
        return "code_version";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(versionId);
    }

    @Override
    public String auditDetails() {
        return "number=" + versionNumber + "; questions=" + questions + (sha256 == null ? "" : "; sha256=" + sha256);
    }
}
