package nl.codewijzer.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One mail in the outbox, as the beheerder reads it. {@code body} is null when the reader may not
 * see the content: the mail is about something only its recipient's roles may read (a draft under
 * MR consent, for example); recipient, subject, status and times are always shown.
 */
public record OutboxEntry(long id, String recipient, String subject, @Nullable String body, MailStatus status,
        int attempts, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

    /** Whether the body is left out for this reader. */
    public boolean bodyWithheld() {
        return body == null;
    }
}
