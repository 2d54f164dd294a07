package nl.codewijzer.signing;

import java.time.Instant;
import nl.codewijzer.base.AuditableEvent;

/**
 * A person signed a version: the exact text they acknowledged is the one with this SHA-256.
 *
 * @param roundYear 0 for the version's own campaign; else the school year of the yearly re-confirmation (decision 0053)
 */
public record SignatureRecorded(long signatureId, long personId, long versionId, int versionNumber, String sha256,
        Instant signedAt, int roundYear) implements AuditableEvent {

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
        return "version=" + versionId + "; number=" + versionNumber + "; sha256=" + sha256 + "; signedAt=" + signedAt
                + YearlyReconfirmations.auditDetail(roundYear);
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
