package nl.codewijzer.teamday;

import java.time.Instant;
import nl.codewijzer.base.AuditableEvent;

/** The facilitator started a meeting: it now takes votes, proposals and decisions. */
public record MeetingStarted(long meetingId, long codeId, Instant startedAt) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "meeting.started";
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
        return "code=" + codeId;
    }
}
