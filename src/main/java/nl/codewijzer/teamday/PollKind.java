package nl.codewijzer.teamday;

/**
 * A statement (eens / oneens / weet niet), a choice between answer options, or a scale from 1
 * "helemaal oneens" to 5 "helemaal eens" (shown with its median).
 */
public enum PollKind {
    STELLING,
    MEERKEUZE,
    SCHAAL
}
