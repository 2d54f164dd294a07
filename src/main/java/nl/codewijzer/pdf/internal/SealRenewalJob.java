package nl.codewijzer.pdf.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.pdf.SealedArchive;
import nl.codewijzer.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night the archived documents whose newest timestamp is about to lose its certificate get an
 * archive timestamp (see {@link SealedArchive}); on one server at a time.
 */
@Component
class SealRenewalJob {

    private static final Logger log = LoggerFactory.getLogger(SealRenewalJob.class);

    private final SealedArchive archive;

    SealRenewalJob(SealedArchive archive) {
        this.archive = archive;
    }

    @Scheduled(cron = "${codewijzer.seal.renew-cron:0 20 4 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "seal-renewal", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void run() {
        int renewed = SystemActor.runAs(archive::renewDue);
        if (renewed > 0) {
            log.info("Renewed the archive timestamps of {} archived document(s)", renewed);
        }
    }
}
