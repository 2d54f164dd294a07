package nl.codewijzer.consent;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document the MR receives with a consent round (issue 15): an attachment the schoolleiding
 * added, with its size, SHA-256, who added it and when.
 *
 * @param id the attachment's id
 */
public record RoundDocument(Kind kind, long id, String name, @Nullable String sha256, long sizeBytes,
        @Nullable String addedBy, @Nullable Instant addedAt) {

    public enum Kind {
        /** A PDF the schoolleiding uploaded. */
        ATTACHMENT
    }
}
