package nl.codewijzer.codetext;

/** A version with its text, and the code it belongs to. */
public record VersionDetail(VersionSummary summary, String codeTitle, String codeSlug, String markdown) {

    public long id() {
        return summary.id();
    }

    public int number() {
        return summary.number();
    }

    public VersionStatus status() {
        return summary.status();
    }
}
