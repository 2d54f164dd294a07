package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.school.SchoolHoliday;
import nl.codewijzer.school.WorkingDays;
import org.junit.jupiter.api.Test;

/** The days on which the app reminds someone who has not signed, on the school's schedule. */
class ReminderScheduleTest {

    private static final ReminderSchedule DEFAULTS = new ReminderSchedule(true, 7, true, 4);
    /** A Wednesday: adopted that day, due two weeks later, Wednesday 21 January. */
    private static final LocalDate ADOPTED = LocalDate.of(2026, 1, 7);
    private static final LocalDate DUE = LocalDate.of(2026, 1, 21);

    @Test
    void the_default_schedule_is_a_week_before_the_due_date_on_it_and_four_weeks_after() {
        assertThat(DEFAULTS.steps(ADOPTED, DUE)).containsExactly(LocalDate.of(2026, 1, 14), DUE,
                LocalDate.of(2026, 1, 28), LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 2, 18));
    }

    @Test
    void a_step_on_a_weekend_moves_to_the_monday() {
        var dueSaturday = LocalDate.of(2026, 1, 24);

        assertThat(new ReminderSchedule(true, 7, true, 1).steps(ADOPTED, dueSaturday))
                .containsExactly(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 2));
        assertThat(DEFAULTS.remindToday(ADOPTED, dueSaturday, LocalDate.of(2026, 1, 19), dueSaturday)).isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, dueSaturday, LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 25)))
                .isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, dueSaturday, LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26)))
                .isTrue();
    }

    @Test
    void nobody_is_reminded_between_steps_nor_twice_for_one_step() {
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, null, LocalDate.of(2026, 1, 13))).isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, null, LocalDate.of(2026, 1, 14))).isTrue();
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 14))).isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 20))).isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 1, 14), DUE)).isTrue();
    }

    @Test
    void a_step_missed_because_of_another_reminder_that_day_comes_the_next_working_day_and_a_manual_one_counts() {
        // the 14th went by without this version's reminder (the person had another one that day): the 15th makes it up
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, null, LocalDate.of(2026, 1, 15))).isTrue();
        // the coördinator reminded by hand on the 16th, after the step of the 14th: nothing more until the due date
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 19))).isFalse();
    }

    @Test
    void overdue_reminders_stop_after_the_maximum_and_nothing_comes_on_a_weekend() {
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 25))).isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 21))).isFalse();
        assertThat(DEFAULTS.remindToday(ADOPTED, DUE, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void no_step_falls_on_or_before_the_request_and_a_schedule_switched_off_has_none() {
        var newHire = LocalDate.of(2026, 1, 16); // asked late, due the 21st: the week-before step has passed
        assertThat(DEFAULTS.steps(newHire, DUE).getFirst()).isEqualTo(DUE);
        assertThat(new ReminderSchedule(false, 7, true, 4).steps(ADOPTED, DUE)).isEmpty();
        assertThat(new ReminderSchedule(false, 7, true, 4).remindToday(ADOPTED, DUE, null, DUE)).isFalse();
        assertThat(new ReminderSchedule(true, 0, false, 0).steps(ADOPTED, DUE)).isEmpty();
    }

    @Test
    void a_step_in_a_school_holiday_moves_to_the_first_working_day_after_it_and_nothing_comes_in_the_holiday() {
        // the voorjaarsvakantie: Saturday 14 to Sunday 22 February 2026; due Wednesday 18th, in the middle of it
        var holiday = new WorkingDays(List.of(new SchoolHoliday(1, "voorjaarsvakantie", LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 22))));
        var schedule = new ReminderSchedule(true, 7, true, 2, holiday);
        var adopted = LocalDate.of(2026, 2, 4);
        var due = LocalDate.of(2026, 2, 18);

        assertThat(schedule.steps(adopted, due)).containsExactly(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 23),
                LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 4));
        assertThat(schedule.remindToday(adopted, due, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 18)))
                .as("the due date itself, in the holiday").isFalse();
        assertThat(schedule.remindToday(adopted, due, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 20))).isFalse();
        assertThat(schedule.remindToday(adopted, due, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 23)))
                .as("the Monday after the holiday").isTrue();
        // the week-before step and the due date both in the holiday give one reminder after it, not two
        var late = new ReminderSchedule(true, 2, true, 0, holiday);
        assertThat(late.steps(adopted, due)).containsExactly(LocalDate.of(2026, 2, 23));
        // the same schedule without holidays reminds in that week
        assertThat(new ReminderSchedule(true, 7, true, 2).remindToday(adopted, due, LocalDate.of(2026, 2, 11), due))
                .isTrue();
    }
}
