package nl.codewijzer.signing;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** A person was asked to sign a version (at adoption, as a new hire, or on their return). */
public record SignatureRequested(long requestId, long personId, long versionId, int versionNumber, LocalDate dueDate,
        boolean resign) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.requested";
    }

    @Override
    public String auditObjectType() {
        return "signature_request";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(requestId);
    }

    @Override
    public String auditDetails() {
        return "version=" + versionId + "; number=" + versionNumber + "; due=" + dueDate + "; resign=" + resign;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
