package nl.codewijzer.operations;

import java.time.Clock;
import java.time.Duration;
import nl.codewijzer.notification.MailBacklog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The mail outbox in the health check: how many mails wait to be sent and since when. A mail that
 * has waited longer than {@code codewijzer.health.mail-backlog-warning} (default 15 minutes) means
 * the mail server is unreachable or refuses: status WARNING, which keeps the server in the load
 * balancer (the app works; mails go out when the mail server is back) but shows on any dashboard.
 */
@Component("mailOutboxHealthIndicator")
class MailOutboxHealth implements HealthIndicator {

    private final MailBacklog backlog;
    private final Clock clock;
    private final Duration warnAfter;

    MailOutboxHealth(MailBacklog backlog, Clock clock,
            @Value("${codewijzer.health.mail-backlog-warning:PT15M}") Duration warnAfter) {
        this.backlog = backlog;
        this.clock = clock;
        this.warnAfter = warnAfter;
    }

    @Override
    public Health health() {
        var waiting = backlog.waiting();
        var oldest = backlog.oldestWaitingSince();
        var builder = oldest.filter(since -> since.plus(warnAfter).isBefore(clock.instant())).isPresent()
                ? Health.status(OperationsHealth.WARNING) : Health.up();
        builder.withDetail("waiting", waiting);
        oldest.ifPresent(since -> builder.withDetail("oldestWaitingSince", since.toString()));
        return builder.build();
    }
}
