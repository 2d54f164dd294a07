package nl.codewijzer.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.codewijzer.ContextSecurityStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The staff views take "today" from the application's clock, in school time, not from the server's
 * calendar: the start date of a new colleague and the end date of a leaver. Its own Spring context:
 * a clock that stands on a night in March 2026 (late on the 1st in UTC, already the 2nd at school).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@WithUserDetails("beheerder@school.example")
class StaffDatesFromTheClockTest extends SpringBrowserlessTest {

    private static final LocalDate SCHOOL_DAY = LocalDate.of(2026, 3, 2);

    @TestConfiguration
    static class NightInMarch {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);
        }
    }

    @Test
    void a_new_colleague_starts_and_a_leaver_leaves_on_todays_school_day_by_the_applications_clock() {
        var view = navigate(StaffAdminView.class);
        test(view.add).click();
        var added = $(PersonDialog.class).single();
        assertThat(added.startDate.getValue()).isEqualTo(SCHOOL_DAY);
        added.close();

        test(view.search).setValue("docent@school.example");
        test(view.grid).clickRow(0);
        var existing = $(PersonDialog.class).single();
        test($(Button.class, existing).withText("Uit dienst melden").single()).click();

        assertThat($(DeactivateDialog.class).single().endDate.getValue()).isEqualTo(SCHOOL_DAY);
    }
}
