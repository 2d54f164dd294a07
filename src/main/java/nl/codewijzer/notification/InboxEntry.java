package nl.codewijzer.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification in a person's inbox. {@code link} is an app route such as {@code instemming/ronde/4}. */
public record InboxEntry(long id, String subject, String body, @Nullable String link, Instant createdAt, boolean read) {
}
