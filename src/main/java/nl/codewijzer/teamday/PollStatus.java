package nl.codewijzer.teamday;

/** A poll takes votes while open; once closed it never opens again (an anonymous poll's key is gone). */
public enum PollStatus {
    OPEN,
    GESLOTEN
}
