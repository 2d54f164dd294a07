package nl.codewijzer.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Chains audit entries that a crash (or a database that went away between an action's commit and its
 * chaining) left in {@code audit_pending}: once when the application has started, and every minute.
 * Normally there are none left for it: this server's chainer thread chains each action's rows right after its
 * commit (decision 0039).
 */
@Component
class AuditPendingJob {

    private static final Logger log = LoggerFactory.getLogger(AuditPendingJob.class);

    private final AuditChainer chainer;

    AuditPendingJob(AuditChainer chainer) {
        this.chainer = chainer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int chained = chainer.chainNow();
        if (chained > 0) {
            log.warn("Chained {} audit entries that were left pending (after a crash or a lost database connection)",
                    chained);
        }
    }

    /** A safety net: the chainer thread normally took them moments after their commit (or a reader did). */
    @Scheduled(fixedDelayString = "${codewijzer.audit.pending-delay:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "audit-pending", lockAtMostFor = "PT5M")
    void run() {
        int chained = chainer.chainNow();
        if (chained > 0) {
            log.info("Chained {} audit entries that were still pending", chained);
        }
    }
}
