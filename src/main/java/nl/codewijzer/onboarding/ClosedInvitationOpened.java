package nl.codewijzer.onboarding;

import nl.codewijzer.base.AuditableEvent;

/**
 * Someone opened an invitation link that no longer works (expired, used or replaced). Announced
 * at most once a day per invitation, so a visitor reloading the page does not flood the trail.
 */
public record ClosedInvitationOpened(long invitationId, long personId, InvitationStatus status)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "invitation.closed-link-opened";
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
