package nl.codewijzer.codetext;

/**
 * The addresses of the code texts, in one place: the {@code @Route} of each view and every link to
 * it from other modules (a consent round, a meeting's draft) are built from these.
 */
public final class CodeRoutes {

    /** The list of codes. */
    public static final String CODES = "gedragscode";
    /** One version, followed by its id. */
    public static final String VERSION = CODES + "/versie";
    /** A code's history, followed by the code's id. */
    public static final String HISTORY = CODES + "/geschiedenis";
    /** The editor, followed by the id of the concept it opens. */
    public static final String EDITOR = CODES + "/bewerken";
    /** The comparison of two versions (query parameters "code", "van", "naar"). */
    public static final String COMPARE = CODES + "/vergelijk";

    private CodeRoutes() {
    }

    public static String version(long versionId) {
        return VERSION + "/" + versionId;
    }

    public static String history(long codeId) {
        return HISTORY + "/" + codeId;
    }

    public static String editor(long versionId) {
        return EDITOR + "/" + versionId;
    }
}
