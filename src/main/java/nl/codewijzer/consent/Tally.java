package nl.codewijzer.consent;

/** The votes of the voting geleding: how many may vote, and how they voted. */
public record Tally(int eligible, int instemmen, int nietInstemmen, int onthouden) {

    public int cast() {
        return instemmen + nietInstemmen + onthouden;
    }
}
