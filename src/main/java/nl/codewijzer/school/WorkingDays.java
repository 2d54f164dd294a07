package nl.codewijzer.school;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.base.SchoolTime;

/**
 * The school's working days: Monday to Friday outside the holidays the beheerder recorded (issue
 * 14). What the school sends by itself (reminders, the weekly digest) goes out on these days only.
 * A snapshot: read it once per run from {@link SchoolCalendar#workingDays()}.
 */
public record WorkingDays(List<SchoolHoliday> holidays) {

    /** Monday to Friday, no holidays recorded. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(List.of());

    public WorkingDays {
        holidays = holidays.stream().sorted(Comparator.comparing(SchoolHoliday::firstDay)).toList();
    }

    /** The holiday this day falls in, if any (weekends are not holidays). */
    public Optional<SchoolHoliday> holidayOn(LocalDate day) {
        return holidays.stream().filter(holiday -> holiday.contains(day)).findFirst();
    }

    public boolean isWorkingDay(LocalDate day) {
        return SchoolTime.workingDay(day) && holidayOn(day).isEmpty();
    }

    /** This day, or the first working day after it: a step that falls in a holiday goes out after it. */
    public LocalDate from(LocalDate day) {
        var result = day;
        while (!isWorkingDay(result)) {
            var holiday = holidayOn(result);
            result = holiday.isPresent() ? holiday.get().lastDay().plusDays(1) : result.plusDays(1);
        }
        return result;
    }

    /** Whether this moment is in the daytime on a working day, school time: not night, weekend or holiday. */
    public boolean daytimeOnAWorkingDay(Instant moment) {
        return SchoolTime.daytimeOnAWorkingDay(moment) && isWorkingDay(LocalDate.ofInstant(moment, SchoolTime.ZONE));
    }

    /** Whether this day is the first working day of its week (Monday, or later when the Monday is a holiday). */
    public boolean firstWorkingDayOfWeek(LocalDate day) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return isWorkingDay(day) && from(monday).equals(day);
    }
}
