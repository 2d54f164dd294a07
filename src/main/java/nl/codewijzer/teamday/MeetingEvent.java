package nl.codewijzer.teamday;

import nl.codewijzer.base.AuditableEvent;

/** An audit event about a meeting as a whole: the meeting is the object acted on. */
public interface MeetingEvent extends AuditableEvent {

    long meetingId();

    @Override
    default String auditObjectType() {
        return "meeting";
    }

    @Override
    default String auditObjectId() {
        return String.valueOf(meetingId());
    }
}
