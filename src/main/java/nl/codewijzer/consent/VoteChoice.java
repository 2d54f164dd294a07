package nl.codewijzer.consent;

/** A member's vote. "Niet instemmen" needs a motivation. */
public enum VoteChoice {
    INSTEMMEN,
    NIET_INSTEMMEN,
    ONTHOUDEN;

    public String labelKey() {
        return "consent.vote." + name();
    }
}
