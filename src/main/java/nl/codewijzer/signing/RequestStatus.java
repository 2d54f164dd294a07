package nl.codewijzer.signing;

/** Where a signature request stands. Only an open request can be signed. */
public enum RequestStatus {
    /** Waiting for the person's signature. */
    OPEN,
    /** Signed. */
    SIGNED,
    /** The person left the school before signing; the request stays on record. */
    DROPPED,
    /** The version stopped being the active one before the person signed. */
    SUPERSEDED;

    public String labelKey() {
        return "signing.request-status." + name();
    }
}
