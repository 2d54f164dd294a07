package nl.codewijzer.onboarding;

/** Where an invitation link stands when someone opens it. */
public enum InvitationStatus {
    /** It can be used to choose a password. */
    OPEN,
    /** A password was chosen with it: it works once. */
    USED,
    /** A newer invitation replaced it, or the person left. */
    REVOKED,
    /** Its 14 days are over. */
    EXPIRED,
    /** No invitation has this token (a mistyped or made-up link). */
    UNKNOWN
}
