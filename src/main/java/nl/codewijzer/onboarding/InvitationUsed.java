package nl.codewijzer.onboarding;

/** A person chose their first password through their invitation link, which no longer works now. */
public record InvitationUsed(long invitationId, long personId) implements InvitationEvent {

    @Override
    public String auditAction() {
        return "invitation.used";
    }
}
