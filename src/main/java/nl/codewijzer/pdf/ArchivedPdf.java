package nl.codewijzer.pdf;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sealed document the school keeps in its archive: what it is ({@code kind}, e.g. the adopted code,
 * and the id of its subject), the file as it is now, and when its timestamps were last renewed.
 *
 * @param timestampsValidUntil until when its newest timestamp can be shown valid; {@code null} without timestamps
 */
public record ArchivedPdf(long id, String kind, long subjectId, String title, byte[] content, String sha256,
        Instant keptAt, @Nullable Instant timestampsValidUntil, @Nullable Instant renewedAt, int renewals) {
}
