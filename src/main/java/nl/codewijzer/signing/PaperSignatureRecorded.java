package nl.codewijzer.signing;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/**
 * Someone's signature on paper was recorded on their behalf, with a scan of the signed page. The
 * audit trail's actor is who recorded it; the subject is the person who signed.
 *
 * @param roundYear 0 for the version's own campaign; else the school year of the yearly re-confirmation (decision 0053)
 */
public record PaperSignatureRecorded(long signatureId, long personId, long versionId, int versionNumber, String sha256,
        LocalDate signedOn, String scanType, int scanBytes, int roundYear) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.paper-recorded";
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
        return "version=" + versionId + "; number=" + versionNumber + "; sha256=" + sha256 + "; signedOn=" + signedOn
                + "; scan=" + scanType + "; bytes=" + scanBytes + YearlyReconfirmations.auditDetail(roundYear);
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
