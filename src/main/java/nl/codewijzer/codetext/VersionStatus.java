package nl.codewijzer.codetext;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a version, and the only place that says which step may follow which. A concept is
 * the only status whose text can be edited into a new version.
 */
public enum VersionStatus {
    CONCEPT,
    TER_INSTEMMING,
    INGESTEMD,
    NIET_INGESTEMD,
    VASTGESTELD,
    VERVANGEN,
    INGETROKKEN;

    /** The statuses this one may move to. */
    public Set<VersionStatus> next() {
        return switch (this) {
            // a concept goes to the MR, is withdrawn, or is replaced by a newer concept
            case CONCEPT -> EnumSet.of(TER_INSTEMMING, INGETROKKEN, VERVANGEN);
            // the MR decides; a round for an outdated version can be withdrawn
            case TER_INSTEMMING -> EnumSet.of(INGESTEMD, NIET_INGESTEMD, INGETROKKEN);
            // only a consented version can be adopted
            case INGESTEMD -> EnumSet.of(VASTGESTELD, INGETROKKEN);
            // after a refusal the board withdraws, or amends in a new concept (this one stays refused)
            case NIET_INGESTEMD -> EnumSet.of(INGETROKKEN);
            // the active version is replaced by the next adopted one, or withdrawn
            case VASTGESTELD -> EnumSet.of(VERVANGEN, INGETROKKEN);
            case VERVANGEN, INGETROKKEN -> EnumSet.noneOf(VersionStatus.class);
        };
    }

    public boolean mayBecome(VersionStatus target) {
        return next().contains(target);
    }

    public boolean isEditable() {
        return this == CONCEPT;
    }

    /** Versions every signed-in person may read: the adopted text, now or in the past. */
    public boolean isPublicToStaff() {
        return this == VASTGESTELD || this == VERVANGEN;
    }

    /** Once adopted, a version's archive file is final. */
    public boolean isFinal() {
        return this == VASTGESTELD || this == VERVANGEN;
    }

    public String labelKey() {
        return "version.status." + name();
    }

    /** The lower-case word used in the archive's front matter. */
    public String archiveName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
