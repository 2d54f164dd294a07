package nl.codewijzer.pdf;

import nl.codewijzer.base.InvalidInput;

/**
 * The time-stamping authority did not answer (or refused), so nothing was sealed: a document is never
 * sealed at a lower level than configured. The message names the authority; trying again later may work.
 */
public class TimestampUnavailable extends InvalidInput {

    private final String authority;

    public TimestampUnavailable(String authority, Throwable cause) {
        super("seal", "pdf.seal.tsa-unavailable", authority);
        this.authority = authority;
        initCause(cause);
    }

    /** The authority's address, as configured. */
    public String authority() {
        return authority;
    }
}
