package nl.codewijzer.teamday.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.teamday.MeetingAsync;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends asynchronous windows whose end has passed, once across app servers (ShedLock, decision 0019):
 * their anonymous polls' keys are deleted (decision 0051). Until it runs, a vote after the end is
 * refused anyway and no key is used, because both check the window's end against the clock.
 */
@Component
class AsyncWindowJob {

    private final MeetingAsync async;

    AsyncWindowJob(MeetingAsync async) {
        this.async = async;
    }

    @Scheduled(cron = "${codewijzer.teamday.async-window-cron:0 */5 * * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "async-window-end", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    void endWindows() {
        SystemActor.runAs(async::endWindows);
    }
}
