package nl.codewijzer.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.teamday.MeetingPlanning;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo school's next team day: planned by the coördinator on the demo code, on a Wednesday two
 * weeks ahead, with the five checklist questions as agenda. Ready to start from the console.
 */
@Component
@ConditionalOnProperty(name = "codewijzer.demo.enabled", havingValue = "true")
class DemoTeamDay {

    static final String TITLE = "Teamdag: onze afspraken over sociale media";

    private final MeetingPlanning meetings;
    private final CodeTexts codeTexts;
    private final UserDetailsService users;
    private final Clock clock;

    DemoTeamDay(MeetingPlanning meetings, CodeTexts codeTexts, UserDetailsService users, Clock clock) {
        this.meetings = meetings;
        this.codeTexts = codeTexts;
        this.users = users;
        this.clock = clock;
    }

    void create() {
        var coordinator = users.loadUserByUsername("coordinator@school.example");
        var day = LocalDate.now(clock).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        SystemActor.runAsPerson(coordinator, () -> {
            var code = codeTexts.codes().stream().filter(summary -> summary.title().equals(DemoCode.TITLE)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo team day needs the demo code"));
            return meetings.create(code.id(), TITLE, day);
        });
    }
}
