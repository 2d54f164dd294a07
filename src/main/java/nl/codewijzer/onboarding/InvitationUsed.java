package nl.codewijzer.onboarding;

import nl.codewijzer.base.AuditableEvent;

/** A person chose their first password through their invitation link, which no longer works now. */
public record InvitationUsed(long invitationId, long personId) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "invitation.used";
    }

    @Override
    public String auditObjectType() {
        return "invitation";
    }

    @Override
    public String auditObjectId() {
        return Long.toString(invitationId);
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
