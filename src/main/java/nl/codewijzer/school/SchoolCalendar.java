package nl.codewijzer.school;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.school.internal.HolidayRepository;
import nl.codewijzer.school.internal.HolidayRow;
import nl.codewijzer.school.internal.SchoolSettingsRepository;
import nl.codewijzer.school.internal.SchoolSettingsRow;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's calendar (issue 14): the holiday periods the beheerder records, and from them the
 * working days on which the app sends reminders and the weekly digest by itself. Anyone signed in
 * (and the system) reads it; only the beheerder changes it, as the other school settings.
 */
@Service
public class SchoolCalendar {

    public static final int MAX_NAME_LENGTH = 100;
    /** The longest holiday: a summer holiday is six or seven weeks; a typo of a year must not silence every reminder. */
    public static final int MAX_DAYS = 92;

    private final HolidayRepository holidays;
    private final SchoolSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    SchoolCalendar(HolidayRepository holidays, SchoolSettingsRepository settings, ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.holidays = holidays;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
    }

    // ---- the yearly re-confirmation (decision 0053) ----

    /**
     * The day each school year from which everyone re-confirms the active version of each code: the
     * round starts on the first working day on or after it. Empty: the school does not ask.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Require.SIGNED_IN)
    public Optional<MonthDay> reconfirmationDay() {
        return jdbc.query("select reconfirm_month, reconfirm_day from school_settings where id = ?", (row, i) -> {
            int month = row.getInt(1);
            return row.wasNull() ? null : MonthDay.of(month, row.getInt(2));
        }, SchoolSettingsRow.THE_ROW).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Switches the yearly re-confirmation on (on this day and month) or off. Refused, with nothing
     * saved, when it is on without a month or a day, or the day does not exist in that month, or is
     * 29 February (not every year has one).
     */
    @Transactional
    @PreAuthorize(Role.Require.BEHEERDER)
    public Optional<MonthDay> setReconfirmationDay(boolean on, @Nullable Integer day, @Nullable Month month) {
        MonthDay chosen = null;
        if (on) {
            var problems = new ArrayList<Problem>();
            if (month == null) {
                problems.add(new Problem("reconfirmMonth", "school.reconfirm.error.month-missing"));
            }
            if (day == null) {
                problems.add(new Problem("reconfirmDay", "school.reconfirm.error.day-missing"));
            } else if (month != null) {
                int last = month.minLength();
                if (month == Month.FEBRUARY && day == 29) {
                    problems.add(new Problem("reconfirmDay", "school.reconfirm.error.leap-day"));
                } else if (day < 1 || day > last) {
                    problems.add(new Problem("reconfirmDay", "school.reconfirm.error.not-in-month", last));
                }
            }
            if (!problems.isEmpty() || day == null || month == null) {
                throw new InvalidInput(problems);
            }
            chosen = MonthDay.of(month, day);
        }
        settings.lockRow(SchoolSettingsRow.THE_ROW); // two beheerders saving at once take turns
        var before = reconfirmationDay();
        jdbc.update("update school_settings set reconfirm_month = ?, reconfirm_day = ? where id = ?",
                chosen == null ? null : chosen.getMonthValue(), chosen == null ? null : chosen.getDayOfMonth(),
                SchoolSettingsRow.THE_ROW);
        var after = Optional.ofNullable(chosen);
        if (!before.equals(after)) {
            events.publishEvent(new ReconfirmationDayChanged(before.orElse(null), chosen));
        }
        return after;
    }

    /** Every holiday period recorded, the earliest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Require.SIGNED_IN)
    public List<SchoolHoliday> holidays() {
        return holidays.inOrder().stream().map(HolidayRow::toHoliday).toList();
    }

    /** The working days as they stand now: Monday to Friday outside the recorded holidays. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Require.SIGNED_IN)
    public WorkingDays workingDays() {
        return new WorkingDays(holidays());
    }

    /**
     * Records a holiday period, or nothing if the name or a day is missing, the last day comes
     * before the first, it lasts longer than {@link #MAX_DAYS} days, or it overlaps a recorded one.
     */
    @Transactional
    @PreAuthorize(Role.Require.BEHEERDER)
    public SchoolHoliday addHoliday(String name, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
        var problems = new ArrayList<Problem>();
        var stripped = name.strip();
        if (stripped.isEmpty()) {
            problems.add(new Problem("name", "school.holiday.error.name-missing"));
        } else if (stripped.length() > MAX_NAME_LENGTH) {
            problems.add(new Problem("name", "school.holiday.error.name-too-long", MAX_NAME_LENGTH));
        }
        if (firstDay == null) {
            problems.add(new Problem("firstDay", "school.holiday.error.day-missing"));
        }
        if (lastDay == null) {
            problems.add(new Problem("lastDay", "school.holiday.error.day-missing"));
        }
        if (firstDay != null && lastDay != null) {
            if (lastDay.isBefore(firstDay)) {
                problems.add(new Problem("lastDay", "school.holiday.error.ends-before-start", firstDay));
            } else if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
                problems.add(new Problem("lastDay", "school.holiday.error.too-long", MAX_DAYS));
            } else {
                // under the lock, so that two beheerders cannot each add one of two overlapping periods
                settings.lockRow(SchoolSettingsRow.THE_ROW);
                holidays().stream().filter(holiday -> holiday.overlaps(firstDay, lastDay)).findFirst()
                        .ifPresent(other -> problems.add(new Problem("firstDay", "school.holiday.error.overlaps",
                                other.name(), other.firstDay(), other.lastDay())));
            }
        }
        if (!problems.isEmpty() || firstDay == null || lastDay == null) {
            throw new InvalidInput(problems);
        }
        var saved = holidays.saveAndFlush(new HolidayRow(stripped, firstDay, lastDay)).toHoliday();
        events.publishEvent(new SchoolHolidayAdded(saved));
        return saved;
    }

    /** Removes a holiday period; its days are working days again. An unknown id changes nothing. */
    @Transactional
    @PreAuthorize(Role.Require.BEHEERDER)
    public void removeHoliday(long id) {
        holidays.findById(id).ifPresent(row -> {
            holidays.delete(row);
            events.publishEvent(new SchoolHolidayRemoved(row.toHoliday()));
        });
    }
}
