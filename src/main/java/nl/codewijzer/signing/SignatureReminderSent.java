package nl.codewijzer.signing;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** The coördinator or the schoolleiding reminded a person to sign a version. */
public record SignatureReminderSent(long requestId, long personId, long versionId, int versionNumber, LocalDate sentOn)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.reminder-sent";
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
        return "version=" + versionId + "; number=" + versionNumber + "; sentOn=" + sentOn;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
