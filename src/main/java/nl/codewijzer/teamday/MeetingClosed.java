package nl.codewijzer.teamday;

import java.time.Instant;

/** A meeting was closed; its minutes are final. */
public record MeetingClosed(long meetingId, long codeId, Instant closedAt, int attendees, int decided)
        implements MeetingEvent {

    @Override
    public String auditAction() {
        return "meeting.closed";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; attendees=" + attendees + "; decided=" + decided;
    }
}
