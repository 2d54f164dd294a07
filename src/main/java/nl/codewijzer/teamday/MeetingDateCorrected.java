package nl.codewijzer.teamday;

import java.time.LocalDate;

/** The coördinator corrected the day a closed meeting was held; its minutes now carry that day. */
public record MeetingDateCorrected(long meetingId, long codeId, LocalDate from, LocalDate to) implements MeetingEvent {

    @Override
    public String auditAction() {
        return "meeting.date-corrected";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; from=" + from + "; to=" + to;
    }
}
