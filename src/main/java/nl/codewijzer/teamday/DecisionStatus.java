package nl.codewijzer.teamday;

/** Where the team ended on one agenda item. Only {@link #BESLOTEN} items go into the draft. */
public enum DecisionStatus {
    /** Not discussed to a conclusion yet. */
    OPEN,
    BESLOTEN,
    UITGESTELD,
    NADER_UITZOEKEN
}
