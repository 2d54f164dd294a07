package nl.codewijzer.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail in the outbox, as the beheerder reads it. */
public record OutboxEntry(long id, String recipient, String subject, String body, MailStatus status, int attempts,
        @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
}
