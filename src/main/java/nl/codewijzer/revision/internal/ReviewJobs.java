package nl.codewijzer.revision.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.revision.Revisions;
import nl.codewijzer.security.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The evaluation reminders, each working day once across app servers (ShedLock, decision 0019) and as
 * the system. {@link Revisions#remindDue} itself refuses the night and the weekend and sends each
 * reminder once, whatever this expression is set to; a day the app was down is made up the next one.
 */
@Component
class ReviewJobs {

    private final Revisions revisions;

    ReviewJobs(Revisions revisions) {
        this.revisions = revisions;
    }

    @Scheduled(cron = "${codewijzer.revision.reminder-cron:0 45 8 * * MON-FRI}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "review-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void remind() {
        SystemActor.runAs(revisions::remindDue);
    }
}
