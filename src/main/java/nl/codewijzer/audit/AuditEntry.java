package nl.codewijzer.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of the trail as the beheerder reads it. {@code actorName} is the name at the time, or the
 * person's pseudonym once their data was pseudonymised ({@code null} only for an erased name of
 * someone who was not signed in); {@code subjectName} is the current name of the person the
 * action was about.
 */
public record AuditEntry(long seq, Instant occurredAt, @Nullable Long actorId, @Nullable String actorName, String action,
        String objectType, String objectId, @Nullable Long subjectId, @Nullable String subjectName, String details,
        String hash) {
}
