package nl.codewijzer.teamday;

/** A meeting's decisions were written into a new concept version of its code. */
public record DraftCreatedFromMeeting(long meetingId, long codeId, long versionId, int number, String sha256)
        implements MeetingEvent {

    @Override
    public String auditAction() {
        return "meeting.draft-created";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; version=" + versionId + "; number=" + number + "; sha256=" + sha256;
    }
}
