package nl.codewijzer.signing.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: the signature requests brought in line with the codes and the staff list (see {@link Enrolment#reconcile()}). */
@Component
class ReconcileJob {

    private static final Logger log = LoggerFactory.getLogger(ReconcileJob.class);

    private final Enrolment enrolment;

    ReconcileJob(Enrolment enrolment) {
        this.enrolment = enrolment;
    }

    @Scheduled(cron = "${codewijzer.signing.reconcile-cron:0 15 6 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signing-reconcile", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void run() {
        int asked = enrolment.reconcile();
        if (asked > 0) {
            log.info("Reconcile: {} staff member(s) newly asked to sign, whom an event had missed", asked);
        }
    }
}
