package nl.codewijzer.consent;

/** What the schoolleiding did after the MR refused consent. */
public enum FollowUp {
    /** The proposal was withdrawn. */
    INGETROKKEN,
    /** A new concept was started from this version to amend and resubmit. */
    GEWIJZIGD,
    /** The dispute went to the Landelijke Commissie voor Geschillen WMS. */
    GESCHIL_LCG;

    public String labelKey() {
        return "consent.follow-up." + name();
    }
}
