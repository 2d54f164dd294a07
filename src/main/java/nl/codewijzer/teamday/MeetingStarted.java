package nl.codewijzer.teamday;

import java.time.Instant;

/** The facilitator started a meeting: it now takes votes, proposals and decisions. */
public record MeetingStarted(long meetingId, long codeId, Instant startedAt) implements MeetingEvent {

    @Override
    public String auditAction() {
        return "meeting.started";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId;
    }
}
