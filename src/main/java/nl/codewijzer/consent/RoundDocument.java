package nl.codewijzer.consent;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document the MR receives with a consent round (issue 15): the minutes of a team day whose
 * decisions made the concept, the comparison with the code in force, or an attachment the
 * schoolleiding added (only these have a size, a SHA-256, who added them and when).
 *
 * @param id the meeting's id for minutes, the compared version's number for the comparison, the
 *           attachment's id for an attachment
 * @param sizeBytes an attachment's size; 0 for minutes and comparison, which are made when opened
 */
public record RoundDocument(Kind kind, long id, String name, @Nullable String sha256, long sizeBytes,
        @Nullable String addedBy, @Nullable Instant addedAt) {

    public enum Kind {
        /** The minutes of a team day whose decisions were written into the concept. */
        MINUTES,
        /** The proposed text against the version in force when the round was submitted. */
        COMPARISON,
        /** A PDF the schoolleiding uploaded. */
        ATTACHMENT
    }

    /** The name the file is downloaded under. */
    public String fileName() {
        return switch (kind) {
            case MINUTES -> "verslag-teamdag-" + id + ".pdf";
            case COMPARISON -> "vergelijking-met-versie-" + id + ".pdf";
            case ATTACHMENT -> name;
        };
    }
}
