package nl.codewijzer.teamday;

import nl.codewijzer.base.AuditableEvent;

/** A meeting's decisions were written into a new concept version of its code. */
public record DraftCreatedFromMeeting(long meetingId, long codeId, long versionId, int number, String sha256)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "meeting.draft-created";
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
        return "code=" + codeId + "; version=" + versionId + "; number=" + number + "; sha256=" + sha256;
    }
}
