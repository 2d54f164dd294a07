package nl.codewijzer.base;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Dutch schools live in one time zone; "today" and every shown time follow it, not the server's. */
public final class SchoolTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Messages the school sends by itself (reminders, the weekly digest) go out between these times only. */
    public static final LocalTime DAY_STARTS = LocalTime.of(8, 0);
    public static final LocalTime DAY_ENDS = LocalTime.of(18, 0);

    private SchoolTime() {
    }

    /** Today at the school, by the application's clock (which tests can set). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /**
     * Monday to Friday. The school's holidays are recorded in the school module: what must also skip
     * them (reminders, the digest) asks {@code school.SchoolCalendar#workingDays()} instead.
     */
    public static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** This day, or the first working day after it. */
    public static LocalDate workingDayFrom(LocalDate day) {
        var result = day;
        while (!workingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** Whether this moment is on a working day in the daytime, school time: neither night nor weekend. */
    public static boolean daytimeOnAWorkingDay(Instant moment) {
        var local = moment.atZone(ZONE);
        var time = local.toLocalTime();
        return workingDay(local.toLocalDate()) && !time.isBefore(DAY_STARTS) && time.isBefore(DAY_ENDS);
    }
}
