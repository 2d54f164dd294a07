package nl.codewijzer.signing.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.AutomaticReminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder schedule and the Monday digest, each run once across app servers (ShedLock, decision
 * 0019) and as the system. The times are school time on working days; {@link AutomaticReminders}
 * itself refuses the night, the weekend and the school's holidays, whatever these expressions are
 * set to. The digest is tried every working day and goes out on the week's first working day only
 * (the Monday, or the day after a holiday Monday).
 */
@Component
class ReminderJobs {

    private final AutomaticReminders automatic;

    ReminderJobs(AutomaticReminders automatic) {
        this.automatic = automatic;
    }

    @Scheduled(cron = "${codewijzer.signing.reminder-cron:0 30 8 * * MON-FRI}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signing-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void remind() {
        SystemActor.runAs(automatic::remindDue);
    }

    @Scheduled(cron = "${codewijzer.signing.digest-cron:0 0 8 * * MON-FRI}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signing-digest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void digest() {
        SystemActor.runAs(automatic::sendWeeklyDigest);
    }
}
