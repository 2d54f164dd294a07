package nl.codewijzer.consent.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's own comment in a round, for their data export. */
public record OwnComment(long roundId, String codeTitle, int versionNumber, @Nullable String section, String body,
        Instant createdAt) {
}
