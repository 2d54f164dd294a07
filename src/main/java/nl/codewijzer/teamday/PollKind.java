package nl.codewijzer.teamday;

/**
 * A statement (eens / oneens / weet niet), a choice between answer options, a scale from 1
 * "helemaal oneens" to 5 "helemaal eens" (shown with its median), or a ranking of answer options
 * (rangorde: each voter orders them, the result is their Borda count).
 */
public enum PollKind {
    STELLING,
    MEERKEUZE,
    SCHAAL,
    RANGORDE
}
