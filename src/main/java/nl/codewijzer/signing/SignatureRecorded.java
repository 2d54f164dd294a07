package nl.codewijzer.signing;

import java.time.Instant;
import nl.codewijzer.base.AuditableEvent;

/** A person signed a version: the exact text they acknowledged is the one with this SHA-256. */
public record SignatureRecorded(long signatureId, long personId, long versionId, int versionNumber, String sha256,
        Instant signedAt) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.recorded";
    }

    @Override
    public String auditObjectType() {
        return "signature";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(signatureId);
    }

    @Override
    public String auditDetails() {
        return "version=" + versionId + "; number=" + versionNumber + "; sha256=" + sha256 + "; signedAt=" + signedAt;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
