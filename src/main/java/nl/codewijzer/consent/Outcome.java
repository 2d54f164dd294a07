package nl.codewijzer.consent;

/** What the votes mean under the school's MR reglement. Only {@link #INSTEMMING} is consent. */
public enum Outcome {
    INSTEMMING,
    GEEN_INSTEMMING,
    /** Too few members voted: no consent. */
    QUORUM_NIET_GEHAALD;

    public boolean isConsent() {
        return this == INSTEMMING;
    }

    public String labelKey() {
        return "consent.outcome." + name();
    }
}
