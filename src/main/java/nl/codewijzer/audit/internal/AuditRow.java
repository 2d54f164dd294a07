package nl.codewijzer.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the trail as the screens and exports read it; {@code actorName} is gone once erased. */
public record AuditRow(long seq, Instant occurredAt, @Nullable Long actorId, @Nullable String actorName, String action,
        String objectType, String objectId, @Nullable Long subjectId, String details, String prevHash, String hash) {
}
