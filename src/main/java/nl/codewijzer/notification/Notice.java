package nl.codewijzer.notification;

import java.util.Set;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One notification to one person, for {@link Notifications#notifyAll}. {@code link} is an app route
 * (without a leading slash) the inbox links to and the mail shows as a full address. {@code readers}:
 * besides the recipient, the roles that may read the mail's body in the outbox (see
 * {@link Notifications#notify(long, String, String, String, Set)}); none unless the sender says so.
 */
public record Notice(long personId, String subject, String body, @Nullable String link, Set<Role> readers) {

    public Notice {
        readers = Set.copyOf(readers);
    }

    /** A notice whose mail body only its recipient may read. */
    public Notice(long personId, String subject, String body, @Nullable String link) {
        this(personId, subject, body, link, Set.of());
    }
}
