package nl.codewijzer.notification;

import org.jspecify.annotations.Nullable;

/**
 * One notification to one person, for {@link Notifications#notifyAll}. {@code link} is an app route
 * (without a leading slash) the inbox links to and the mail shows as a full address.
 */
public record Notice(long personId, String subject, String body, @Nullable String link) {
}
