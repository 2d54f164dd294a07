package nl.codewijzer.onboarding;

/** The visitor of a link that no longer works asked the beheerders for a new one (at most once a day per person). */
public record NewInvitationRequested(long invitationId, long personId, InvitationStatus status)
        implements InvitationEvent {

    @Override
    public String auditAction() {
        return "invitation.new-link-requested";
    }

    @Override
    public String auditDetails() {
        return "status=" + status;
    }
}
