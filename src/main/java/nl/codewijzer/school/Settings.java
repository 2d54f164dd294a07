package nl.codewijzer.school;

/**
 * The school's settings. {@code version} guards against two beheerders overwriting each other.
 * Retention is in months after employment ends. {@code signingDueDays} is the time a staff member
 * gets to sign an adopted code (after adoption, or after a new hire's start date);
 * {@code recordSigningContext} keeps the IP address and browser with each signature (off by
 * default: data minimisation).
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
        boolean recordSigningContext) {

    public static final int DEFAULT_SIGNING_DUE_DAYS = 14;

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
                signatureRetentionMonths, votesByName, signingDueDays, recordSigningContext);
    }
}
