package nl.codewijzer.onboarding;

/**
 * Someone opened an invitation link that no longer works (expired, used or replaced). Announced
 * at most once a day per invitation, so a visitor reloading the page does not flood the trail.
 */
public record ClosedInvitationOpened(long invitationId, long personId, InvitationStatus status)
        implements InvitationEvent {

    @Override
    public String auditAction() {
        return "invitation.closed-link-opened";
    }

    @Override
    public String auditDetails() {
        return "status=" + status;
    }
}
