package nl.codewijzer.onboarding;

/** A password was to be chosen through a link that does not work (any more). Nothing was stored. */
public class InvitationClosed extends RuntimeException {

    private final InvitationStatus status;

    public InvitationClosed(InvitationStatus status) {
        super("Invitation " + status);
        this.status = status;
    }

    public InvitationStatus status() {
        return status;
    }
}
