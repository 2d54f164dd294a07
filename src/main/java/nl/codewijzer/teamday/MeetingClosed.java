package nl.codewijzer.teamday;

import java.time.Instant;
import nl.codewijzer.base.AuditableEvent;

/** A meeting was closed; its minutes are final. */
public record MeetingClosed(long meetingId, long codeId, Instant closedAt, int attendees, int decided)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "meeting.closed";
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
        return "code=" + codeId + "; attendees=" + attendees + "; decided=" + decided;
    }
}
