package nl.codewijzer.teamday;

import java.time.LocalDate;

/** A team meeting was planned for a code. */
public record MeetingCreated(long meetingId, long codeId, String title, LocalDate date) implements MeetingEvent {

    @Override
    public String auditAction() {
        return "meeting.created";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; date=" + date + "; title=" + title;
    }
}
