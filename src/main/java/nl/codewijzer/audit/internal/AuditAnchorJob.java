package nl.codewijzer.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.pdf.TimestampUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day the chain's head is timestamped (an anchor), when a time-stamping authority is there. An
 * authority that does not answer is logged and tried again the next day; the beheerder can anchor by hand.
 */
@Component
class AuditAnchorJob {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchorJob.class);

    private final AuditAnchors anchors;
    private final AuditChainer chainer;

    AuditAnchorJob(AuditAnchors anchors, AuditChainer chainer) {
        this.anchors = anchors;
        this.chainer = chainer;
    }

    @Scheduled(cron = "${codewijzer.audit.anchor-cron:0 45 3 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "audit-anchor", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    void run() {
        if (!anchors.available()) {
            return;
        }
        try {
            // the head covers every action committed before the job ran
            chainer.chainNow();
            var anchor = anchors.anchor();
            log.info("Audit trail anchored: row {} timestamped at {} by {}", anchor.seq(), anchor.timestampedAt(),
                    anchor.authority());
        } catch (TimestampUnavailable e) {
            log.warn("The audit trail could not be anchored today: the time-stamping authority {} does not answer",
                    e.authority());
        }
    }
}
