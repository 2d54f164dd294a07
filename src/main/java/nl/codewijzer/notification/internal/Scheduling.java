package nl.codewijzer.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} jobs: the mail retry here, consent reminders elsewhere. */
@Configuration
@EnableScheduling
class Scheduling {
}
