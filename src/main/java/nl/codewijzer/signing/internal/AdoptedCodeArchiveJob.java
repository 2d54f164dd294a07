package nl.codewijzer.signing.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.AdoptedCodeArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a night every adopted version without an archived copy gets one (see {@link AdoptedCodeArchive}). */
@Component
class AdoptedCodeArchiveJob {

    private static final Logger log = LoggerFactory.getLogger(AdoptedCodeArchiveJob.class);

    private final AdoptedCodeArchive archive;

    AdoptedCodeArchiveJob(AdoptedCodeArchive archive) {
        this.archive = archive;
    }

    @Scheduled(cron = "${codewijzer.signing.archive-cron:0 10 4 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signing-archive", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void run() {
        int archived = SystemActor.runAs(archive::archiveMissing);
        if (archived > 0) {
            log.info("Archived {} adopted version(s) with their MR decision, sealed", archived);
        }
    }
}
