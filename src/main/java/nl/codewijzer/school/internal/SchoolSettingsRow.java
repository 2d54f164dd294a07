package nl.codewijzer.school.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.Settings;
import nl.codewijzer.school.VotingGeleding;

/** The single row of school settings (id 1), created by the first migration with the defaults. */
@Entity
@Table(name = "school_settings")
public class SchoolSettingsRow {

    public static final int THE_ROW = 1;

    @Id
    private int id = THE_ROW;

    @Version
    private long version;

    @Column(name = "school_name", nullable = false)
    private String schoolName = "";

    @Column(name = "consent_deadline_days", nullable = false)
    private int consentDeadlineDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "voting_geleding", nullable = false)
    private VotingGeleding votingGeleding = VotingGeleding.PERSONEEL;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority_rule", nullable = false)
    private MajorityRule majorityRule = MajorityRule.MEER_VOOR_DAN_TEGEN;

    @Column(name = "signature_retention_months", nullable = false)
    private int signatureRetentionMonths;

    @Column(name = "votes_by_name", nullable = false)
    private boolean votesByName = true;

    @Column(name = "signing_due_days", nullable = false)
    private int signingDueDays = Settings.DEFAULT_SIGNING_DUE_DAYS;

    @Column(name = "signing_records_context", nullable = false)
    private boolean recordSigningContext;

    @Column(name = "reminders_automatic", nullable = false)
    private boolean remindersAutomatic = true;

    @Column(name = "reminder_days_before", nullable = false)
    private int reminderDaysBefore = Settings.DEFAULT_REMINDER_DAYS_BEFORE;

    @Column(name = "reminder_on_due_date", nullable = false)
    private boolean reminderOnDueDate = true;

    @Column(name = "reminder_overdue_max", nullable = false)
    private int reminderOverdueMax = Settings.DEFAULT_REMINDER_OVERDUE_MAX;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected SchoolSettingsRow() {
    }

    public long version() {
        return version;
    }

    public Settings toSettings() {
        return new Settings(version, schoolName, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, votesByName, signingDueDays, recordSigningContext, remindersAutomatic,
                reminderDaysBefore, reminderOnDueDate, reminderOverdueMax);
    }

    public void apply(Settings settings, Instant now) {
        this.schoolName = settings.schoolName().strip();
        this.consentDeadlineDays = settings.consentDeadlineDays();
        this.votingGeleding = settings.votingGeleding();
        this.quorumPercent = settings.quorumPercent();
        this.majorityRule = settings.majorityRule();
        this.signatureRetentionMonths = settings.signatureRetentionMonths();
        this.votesByName = settings.votesByName();
        this.signingDueDays = settings.signingDueDays();
        this.recordSigningContext = settings.recordSigningContext();
        this.remindersAutomatic = settings.remindersAutomatic();
        this.reminderDaysBefore = settings.reminderDaysBefore();
        this.reminderOnDueDate = settings.reminderOnDueDate();
        this.reminderOverdueMax = settings.reminderOverdueMax();
        this.updatedAt = now;
    }
}
