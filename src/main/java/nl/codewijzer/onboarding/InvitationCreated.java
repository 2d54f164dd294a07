package nl.codewijzer.onboarding;

import java.time.Instant;

/** A person got an invitation link: on joining without a password, or a new one on request ({@code renewal}). */
public record InvitationCreated(long invitationId, long personId, Instant validUntil, boolean renewal, boolean mailed)
        implements InvitationEvent {

    @Override
    public String auditAction() {
        return "invitation.created";
    }

    @Override
    public String auditDetails() {
        return "valid-until=" + validUntil + "; renewal=" + renewal + "; mailed=" + mailed;
    }
}
