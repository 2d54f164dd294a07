package nl.codewijzer.onboarding;

import nl.codewijzer.base.AuditableEvent;

/** The visitor of a link that no longer works asked the beheerders for a new one (at most once a day per person). */
public record NewInvitationRequested(long invitationId, long personId, InvitationStatus status)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "invitation.new-link-requested";
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
    public String auditDetails() {
        return "status=" + status;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
