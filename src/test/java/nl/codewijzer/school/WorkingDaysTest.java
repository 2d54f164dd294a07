package nl.codewijzer.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.MovableClock;
import org.junit.jupiter.api.Test;

/** The school's working days: Monday to Friday outside its recorded holidays. */
class WorkingDaysTest {

    /** The autumn holiday of 2026 in the middle of the Netherlands: Saturday 17 to Sunday 25 October. */
    private static final SchoolHoliday AUTUMN = new SchoolHoliday(1, "herfstvakantie", LocalDate.of(2026, 10, 17),
            LocalDate.of(2026, 10, 25));
    /** Easter Monday 2027 on its own. */
    private static final SchoolHoliday EASTER_MONDAY = new SchoolHoliday(2, "tweede paasdag", LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 3, 29));
    private static final WorkingDays CALENDAR = new WorkingDays(List.of(EASTER_MONDAY, AUTUMN));

    @Test
    void a_day_in_a_holiday_is_no_working_day_and_the_next_working_day_is_after_it() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 16))).as("the Friday before").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 21))).as("the Wednesday in it").isFalse();
        assertThat(CALENDAR.holidayOn(LocalDate.of(2026, 10, 21))).contains(AUTUMN);
        assertThat(CALENDAR.from(LocalDate.of(2026, 10, 21))).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(CALENDAR.from(LocalDate.of(2026, 10, 16))).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(CALENDAR.from(LocalDate.of(2027, 3, 27))).as("a weekend before a holiday Monday")
                .isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(WorkingDays.WEEKDAYS.from(LocalDate.of(2026, 10, 21))).isEqualTo(LocalDate.of(2026, 10, 21));
    }

    @Test
    void the_first_working_day_of_a_week_is_its_monday_or_the_day_after_a_holiday_monday() {
        assertThat(CALENDAR.firstWorkingDayOfWeek(LocalDate.of(2026, 10, 12))).isTrue();
        assertThat(CALENDAR.firstWorkingDayOfWeek(LocalDate.of(2026, 10, 13))).isFalse();
        assertThat(CALENDAR.firstWorkingDayOfWeek(LocalDate.of(2026, 10, 19))).as("a holiday week has none").isFalse();
        assertThat(CALENDAR.firstWorkingDayOfWeek(LocalDate.of(2026, 10, 23))).isFalse();
        assertThat(CALENDAR.firstWorkingDayOfWeek(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(CALENDAR.firstWorkingDayOfWeek(LocalDate.of(2027, 3, 30))).isTrue();
    }

    @Test
    void daytime_on_a_working_day_excludes_night_weekend_and_holiday() {
        assertThat(CALENDAR.daytimeOnAWorkingDay(MovableClock.at(2026, 10, 16, 10, 0))).isTrue();
        assertThat(CALENDAR.daytimeOnAWorkingDay(MovableClock.at(2026, 10, 16, 7, 0))).isFalse();
        assertThat(CALENDAR.daytimeOnAWorkingDay(MovableClock.at(2026, 10, 20, 10, 0))).isFalse();
        assertThat(CALENDAR.daytimeOnAWorkingDay(MovableClock.at(2026, 10, 26, 10, 0))).isTrue();
    }
}
