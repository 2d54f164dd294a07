package nl.codewijzer.codetext;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version in a history list. */
public record VersionSummary(long id, long codeId, int number, VersionStatus status, String authorName,
        Instant createdAt, String message, @Nullable String source, @Nullable Integer parentNumber, String sha256,
        Instant statusChangedAt) {
}
