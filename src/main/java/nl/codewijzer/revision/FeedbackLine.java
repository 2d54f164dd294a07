package nl.codewijzer.revision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of feedback as the coördinator reads it.
 *
 * @param giver null for anonymous feedback: nobody can know who gave it
 */
public record FeedbackLine(long id, String article, int versionNumber, FeedbackKind kind, @Nullable String body,
        @Nullable String giver, LocalDate givenOn, FeedbackStatus status, @Nullable String handledBy) {
}
