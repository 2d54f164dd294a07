package nl.codewijzer.consent.internal;

import java.time.Clock;
import java.time.LocalDate;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.consent.ConsentDecisions;
import nl.codewijzer.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: reminders to members who have not voted, and rounds past their deadline closed. */
@Component
class ConsentDeadlines {

    private final ConsentDecisions decisions;
    private final Clock clock;

    ConsentDeadlines(ConsentDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Scheduled(cron = "${codewijzer.consent.deadline-cron:0 0 6 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "consent-deadlines", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void run() {
        SystemActor.runAs(() -> decisions.remindAndCloseOverdue(LocalDate.now(clock.withZone(SchoolTime.ZONE))));
    }
}
