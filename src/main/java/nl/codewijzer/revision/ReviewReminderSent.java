package nl.codewijzer.revision;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** The app reminded the coördinator and the schoolleiding of an adopted version's evaluation date. */
public record ReviewReminderSent(long versionId, int weeksBefore, LocalDate reviewDate, int recipients)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "revision.reminder-sent";
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
        return "weeksBefore=" + weeksBefore + "; reviewDate=" + reviewDate + "; recipients=" + recipients;
    }
}
