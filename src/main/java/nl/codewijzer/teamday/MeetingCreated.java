package nl.codewijzer.teamday;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** A team meeting was planned for a code. */
public record MeetingCreated(long meetingId, long codeId, String title, LocalDate date) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "meeting.created";
    }

    @Override
    public String auditObjectType() {
        return "meeting";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(meetingId);
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; date=" + date + "; title=" + title;
    }
}
