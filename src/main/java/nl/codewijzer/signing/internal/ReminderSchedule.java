package nl.codewijzer.signing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import nl.codewijzer.school.Settings;
import nl.codewijzer.school.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * When someone who has not signed is reminded by the app itself (issue 14): {@code daysBefore} days
 * before the due date (0: not), on the due date (if {@code onDueDate}), and then every week while
 * overdue, at most {@code overdueMax} times. A step on a Saturday or Sunday, or in a school holiday,
 * moves to the first working day after it. The request itself (at adoption, or for a new colleague)
 * is the first message, so a step on or before the day of the request is left out.
 */
public record ReminderSchedule(boolean automatic, int daysBefore, boolean onDueDate, int overdueMax,
        WorkingDays workingDays) {

    /** A schedule on Monday to Friday, no holidays recorded. */
    public ReminderSchedule(boolean automatic, int daysBefore, boolean onDueDate, int overdueMax) {
        this(automatic, daysBefore, onDueDate, overdueMax, WorkingDays.WEEKDAYS);
    }

    public static ReminderSchedule of(Settings settings, WorkingDays workingDays) {
        return new ReminderSchedule(settings.remindersAutomatic(), settings.reminderDaysBefore(),
                settings.reminderOnDueDate(), settings.reminderOverdueMax(), workingDays);
    }

    /** The working days on which a request made on {@code requestedOn}, due {@code dueDate}, is reminded, in order. */
    public List<LocalDate> steps(LocalDate requestedOn, LocalDate dueDate) {
        var steps = new TreeSet<LocalDate>();
        if (!automatic) {
            return List.of();
        }
        if (daysBefore > 0) {
            steps.add(workingDays.from(dueDate.minusDays(daysBefore)));
        }
        if (onDueDate) {
            steps.add(workingDays.from(dueDate));
        }
        for (int week = 1; week <= overdueMax; week++) {
            steps.add(workingDays.from(dueDate.plusWeeks(week)));
        }
        return List.copyOf(steps.tailSet(requestedOn, false));
    }

    /**
     * Whether the request is to be reminded today: today is a working day (no weekend, no holiday) and a step has come (today
     * or earlier) since the last reminder of this request, by the app or by hand. A step missed (the
     * person already had a reminder that day, or the app was down) is made up on the next working day;
     * two missed steps give one reminder.
     */
    public boolean remindToday(LocalDate requestedOn, LocalDate dueDate, @Nullable LocalDate lastReminded,
            LocalDate today) {
        if (!workingDays.isWorkingDay(today)) {
            return false;
        }
        LocalDate latest = null;
        for (var step : steps(requestedOn, dueDate)) {
            if (step.isAfter(today)) {
                break;
            }
            latest = step;
        }
        return latest != null && (lastReminded == null || lastReminded.isBefore(latest));
    }
}
