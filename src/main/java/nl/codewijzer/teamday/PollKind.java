package nl.codewijzer.teamday;

/**
 * A statement (eens / oneens / weet niet), a choice between answer options, a scale from 1
 * "helemaal oneens" to 5 "helemaal eens" (shown with its median), or a ranking of answer options
 * (rangorde: each voter orders them, the result is their Borda count), or an open question whose
 * answers are text, shown as a word cloud once the facilitator has hidden what should not be shown.
 */
public enum PollKind {
    STELLING,
    MEERKEUZE,
    SCHAAL,
    RANGORDE,
    OPEN_VRAAG
}
