package nl.codewijzer.staff.internal;

import java.time.Clock;
import java.time.LocalDate;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.Pseudonymisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night: leavers past the retention period are pseudonymised. */
@Component
class PseudonymisationJob {

    private static final Logger log = LoggerFactory.getLogger(PseudonymisationJob.class);

    private final Pseudonymisation pseudonymisation;
    private final Clock clock;

    PseudonymisationJob(Pseudonymisation pseudonymisation, Clock clock) {
        this.pseudonymisation = pseudonymisation;
        this.clock = clock;
    }

    @Scheduled(cron = "${codewijzer.staff.pseudonymise-cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "staff-pseudonymise", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void run() {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var done = SystemActor.runAs(() -> pseudonymisation.pseudonymiseLeavers(today));
        if (!done.isEmpty()) {
            log.info("Pseudonymised {} leaver(s) past the retention period: ids {}", done.size(), done);
        }
    }
}
