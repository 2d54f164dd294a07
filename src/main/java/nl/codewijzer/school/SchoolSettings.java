package nl.codewijzer.school;

import java.time.Clock;
import java.util.ArrayList;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.ShellBranding;
import nl.codewijzer.school.internal.SchoolSettingsRepository;
import nl.codewijzer.school.internal.SchoolSettingsRow;
import nl.codewijzer.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the school's settings (anyone signed in) and changes them (beheerder only). */
@Service
public class SchoolSettings implements ShellBranding {

    public static final int MAX_NAME_LENGTH = 200;

    private final SchoolSettingsRepository rows;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    SchoolSettings(SchoolSettingsRepository rows, Clock clock, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.rows = rows;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Require.SIGNED_IN)
    public Settings current() {
        return row().toSettings();
    }

    /**
     * Whether a signature keeps the signer's IP address and browser: the one setting a sign needs, read as one column
     * from the database on every call (never cached: a beheerder's change on another server counts at once), in the
     * caller's transaction if there is one. No entity is loaded (decision 0049).
     */
    @PreAuthorize(Role.Require.SIGNED_IN)
    public boolean recordsSigningContext() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select signing_records_context from school_settings where id = ?",
                Boolean.class, SchoolSettingsRow.THE_ROW));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Require.SIGNED_IN)
    public String schoolName() {
        return row().toSettings().schoolName();
    }

    /** Saves all settings at once, or none if one is out of range or someone else saved meanwhile. */
    @Transactional
    @PreAuthorize(Role.Require.BEHEERDER)
    public Settings update(Settings changed) {
        var problems = new ArrayList<Problem>();
        var name = changed.schoolName().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("schoolName", "school.error.name.missing"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new Problem("schoolName", "school.error.name.too-long", MAX_NAME_LENGTH));
        }
        checkRange(problems, "consentDeadlineDays", changed.consentDeadlineDays(), 1, 365);
        checkRange(problems, "quorumPercent", changed.quorumPercent(), 0, 100);
        checkRange(problems, "signatureRetentionMonths", changed.signatureRetentionMonths(), 0, 120);
        checkRange(problems, "signingDueDays", changed.signingDueDays(), 1, 90);
        checkRange(problems, "reminderDaysBefore", changed.reminderDaysBefore(), 0, 60);
        checkRange(problems, "reminderOverdueMax", changed.reminderOverdueMax(), 0, 10);
        if (changed.reminderDaysBefore() >= changed.signingDueDays() && changed.reminderDaysBefore() <= 60
                && changed.signingDueDays() >= 1 && changed.signingDueDays() <= 90) {
            // the reminder "n days before the due date" would come before the request itself
            problems.add(new Problem("reminderDaysBefore", "school.error.reminder-before-request",
                    changed.signingDueDays()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var row = row();
        if (row.version() != changed.version()) {
            throw new ObjectOptimisticLockingFailureException(SchoolSettingsRow.class, SchoolSettingsRow.THE_ROW);
        }
        var before = row.toSettings();
        row.apply(changed, clock.instant());
        var saved = rows.saveAndFlush(row).toSettings();
        var change = new SchoolSettingsChanged(before, saved);
        if (!change.auditDetails().isEmpty()) { // a save without changes leaves no row in the audit trail
            events.publishEvent(change);
        }
        return saved;
    }

    private static void checkRange(ArrayList<Problem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new Problem(field, "school.error.range", min, max));
        }
    }

    private SchoolSettingsRow row() {
        return rows.findById(SchoolSettingsRow.THE_ROW).orElseThrow(
                () -> new IllegalStateException("The school_settings row is missing; migration V001 creates it"));
    }
}
