package nl.codewijzer.consent;

/** Where a consent round stands. */
public enum RoundStatus {
    /** The MR is reviewing and voting. */
    OPEN,
    /** The MR decided (or the deadline passed); see the outcome. */
    GESLOTEN,
    /** Consented and adopted by the schoolleiding. */
    VASTGESTELD,
    /** Withdrawn by the schoolleiding. */
    INGETROKKEN;

    public String labelKey() {
        return "consent.status." + name();
    }
}
