package nl.codewijzer.teamday;

/** A statement (eens / oneens / weet niet) or a choice between answer options. */
public enum PollKind {
    STELLING,
    MEERKEUZE
}
