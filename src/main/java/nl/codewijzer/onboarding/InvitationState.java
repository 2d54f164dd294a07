package nl.codewijzer.onboarding;

import java.time.Instant;

/** What the visitor of an invitation link is shown: a welcome with the password form, or why it does not work. */
public sealed interface InvitationState {

    /**
     * A link that works: the person's name and login, the school, and until when it works;
     * {@code schoolAccountOnly} when the school switched password login off, so the visitor signs
     * in with their school account instead of choosing a password.
     */
    record Open(String fullName, String email, String schoolName, Instant validUntil, boolean schoolAccountOnly)
            implements InvitationState {
    }

    /** A link that does not (or no longer) work, and why. Says nothing about the person. */
    record Closed(InvitationStatus status) implements InvitationState {
    }
}
