package nl.codewijzer.signing;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/**
 * A person was reminded to sign a version: by the coördinator or the schoolleiding, or by the app
 * itself on the school's reminder schedule ({@code automatic}).
 */
public record SignatureReminderSent(long requestId, long personId, long versionId, int versionNumber, LocalDate sentOn,
        boolean automatic)
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
        return "version=" + versionId + "; number=" + versionNumber + "; sentOn=" + sentOn
                + (automatic ? "; schedule=automatic" : "");
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
