package nl.codewijzer.notification;

import java.time.Instant;
import java.util.Optional;
import nl.codewijzer.notification.internal.OutboxRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the outbox is behind: the mails still waiting to be sent. For the health check and
 * monitoring; it names nobody, so it needs no signed-in user.
 */
@Component
public class MailBacklog {

    private final OutboxRepository outbox;

    MailBacklog(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** The number of mails waiting to be sent (again); kept mails (no mail server) and failed ones are not counted. */
    @Transactional(readOnly = true)
    public long waiting() {
        return outbox.countWaiting();
    }

    /** When the oldest waiting mail was written, if any waits. */
    @Transactional(readOnly = true)
    public Optional<Instant> oldestWaitingSince() {
        return Optional.ofNullable(outbox.oldestWaiting());
    }
}
