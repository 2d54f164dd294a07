package nl.codewijzer.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event about to be appended: who ({@code actorId} is {@code null} for the system or someone not
 * signed in), what, when and on which object.
 */
public record NewEntry(Instant occurredAt, @Nullable Long actorId, String actorName, String action,
        String objectType, String objectId, @Nullable Long subjectId, String details) {
}
