package nl.codewijzer.codetext;

/**
 * Someone saved a newer version since the editor was opened. Nothing was saved; the caller still
 * holds its own text and gets theirs, so neither is lost.
 */
public class VersionConflict extends RuntimeException {

    private final VersionDetail theirs;

    public VersionConflict(VersionDetail theirs) {
        super("A newer version " + theirs.number() + " was saved meanwhile");
        this.theirs = theirs;
    }

    public VersionDetail theirs() {
        return theirs;
    }
}
