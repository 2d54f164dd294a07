package nl.codewijzer.school;

/**
 * The school's settings. {@code version} guards against two beheerders overwriting each other.
 * Retention is in months after employment ends. {@code signingDueDays} is the time a staff member
 * gets to sign an adopted code (after adoption, or after a new hire's start date);
 * {@code recordSigningContext} keeps the IP address and browser with each signature (off by
 * default: data minimisation). The reminder schedule (issue 14): with {@code remindersAutomatic} on,
 * whoever has not signed is reminded {@code reminderDaysBefore} days before the due date (0: not),
 * on the due date if {@code reminderOnDueDate}, and then weekly while overdue, at most
 * {@code reminderOverdueMax} times; never more than once a day, only on working days in school hours.
 */
public record Settings(
        long version,
        String schoolName,
        int consentDeadlineDays,
        VotingGeleding votingGeleding,
        int quorumPercent,
        MajorityRule majorityRule,
        int signatureRetentionMonths,
        boolean votesByName,
        int signingDueDays,
        boolean recordSigningContext,
        boolean remindersAutomatic,
        int reminderDaysBefore,
        boolean reminderOnDueDate,
        int reminderOverdueMax) {

    public static final int DEFAULT_SIGNING_DUE_DAYS = 14;
    public static final int DEFAULT_REMINDER_DAYS_BEFORE = 7;
    public static final int DEFAULT_REMINDER_OVERDUE_MAX = 4;

    /** Settings as they were before the reminder schedule existed: its defaults. */
    public Settings(long version, String schoolName, int consentDeadlineDays, VotingGeleding votingGeleding,
            int quorumPercent, MajorityRule majorityRule, int signatureRetentionMonths, boolean votesByName,
            int signingDueDays, boolean recordSigningContext) {
        this(version, schoolName, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, votesByName, signingDueDays, recordSigningContext, true,
                DEFAULT_REMINDER_DAYS_BEFORE, true, DEFAULT_REMINDER_OVERDUE_MAX);
    }

    /** Settings as they were before the reglement's rule on naming votes existed: votes are named. */
    public Settings(long version, String schoolName, int consentDeadlineDays, VotingGeleding votingGeleding,
            int quorumPercent, MajorityRule majorityRule, int signatureRetentionMonths) {
        this(version, schoolName, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, true);
    }

    /** Settings as they were before the signing settings existed: their defaults. */
    public Settings(long version, String schoolName, int consentDeadlineDays, VotingGeleding votingGeleding,
            int quorumPercent, MajorityRule majorityRule, int signatureRetentionMonths, boolean votesByName) {
        this(version, schoolName, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, votesByName, DEFAULT_SIGNING_DUE_DAYS, false);
    }

    public Settings withSchoolName(String name) {
        return new Settings(version, name, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, votesByName, signingDueDays, recordSigningContext, remindersAutomatic,
                reminderDaysBefore, reminderOnDueDate, reminderOverdueMax);
    }

    /** These settings with another reminder schedule. */
    public Settings withReminders(boolean automatic, int daysBefore, boolean onDueDate, int overdueMax) {
        return new Settings(version, schoolName, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, votesByName, signingDueDays, recordSigningContext, automatic, daysBefore,
                onDueDate, overdueMax);
    }
}
