package nl.codewijzer;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reactions of one module to another's events, as the event publication registry keeps them:
 * how many wait or failed (for the health check), and the job that tries the failed ones again.
 * A reaction that failed is not only logged: it stays in table {@code event_publication}, marked
 * FAILED, until a retry completes it. The reactions are idempotent (enrolment asks nobody twice),
 * so a retry after a partial failure is safe.
 */
@Component
public class Reactions {

    private final JdbcTemplate jdbc;
    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final Duration retryFailedAfter;
    private final Duration retryUnfinishedAfter;

    Reactions(JdbcTemplate jdbc, FailedEventPublications failed, IncompleteEventPublications incomplete,
            @Value("${codewijzer.events.retry-failed-after:PT2M}") Duration retryFailedAfter,
            @Value("${codewijzer.events.retry-unfinished-after:PT30M}") Duration retryUnfinishedAfter) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.incomplete = incomplete;
        this.retryFailedAfter = retryFailedAfter;
        this.retryUnfinishedAfter = retryUnfinishedAfter;
    }

    /** Reactions that failed and wait for a retry. */
    public long failed() {
        return count("status = 'FAILED'");
    }

    /** Reactions not yet completed, failed ones included. */
    public long unfinished() {
        return count("completion_date is null");
    }

    /** Reactions waiting to run or running now: unfinished, and not failed. */
    public long inProgress() {
        return count("completion_date is null and (status is null or status <> 'FAILED')");
    }

    private long count(String condition) {
        var count = jdbc.queryForObject("select count(*) from event_publication where " + condition, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Tries the failed reactions again, and those still unfinished long after their event (their
     * server stopped while they ran). On one server at a time.
     */
    @Scheduled(fixedDelayString = "${codewijzer.events.retry-delay:PT1M}",
            initialDelayString = "${codewijzer.events.retry-delay:PT1M}")
    @SchedulerLock(name = "reaction-retry", lockAtMostFor = "PT30M")
    public void retry() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryFailedAfter));
        incomplete.resubmitIncompletePublicationsOlderThan(retryUnfinishedAfter);
    }
}
