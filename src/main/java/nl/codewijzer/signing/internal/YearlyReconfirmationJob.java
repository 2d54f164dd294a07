package nl.codewijzer.signing.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.YearlyReconfirmations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every working-day morning: starts the school year's re-confirmation round once its first day has
 * come (decision 0053). Run once across app servers (ShedLock), as the system; the round's own row
 * makes a second run, however it comes, start nothing.
 */
@Component
class YearlyReconfirmationJob {

    private final YearlyReconfirmations yearly;

    YearlyReconfirmationJob(YearlyReconfirmations yearly) {
        this.yearly = yearly;
    }

    @Scheduled(cron = "${codewijzer.signing.yearly-cron:0 15 8 * * MON-FRI}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signing-yearly", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void run() {
        SystemActor.runAs(yearly::startDue);
    }
}
