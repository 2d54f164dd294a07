package nl.codewijzer.school;

/**
 * The school's settings. {@code version} guards against two beheerders overwriting each other.
 * Retention is in months after employment ends.
 */
public record Settings(
        long version,
        String schoolName,
        int consentDeadlineDays,
        VotingGeleding votingGeleding,
        int quorumPercent,
        MajorityRule majorityRule,
        int signatureRetentionMonths,
        boolean votesByName) {

    /** Settings as they were before the reglement's rule on naming votes existed: votes are named. */
    public Settings(long version, String schoolName, int consentDeadlineDays, VotingGeleding votingGeleding,
            int quorumPercent, MajorityRule majorityRule, int signatureRetentionMonths) {
        this(version, schoolName, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, true);
    }

    public Settings withSchoolName(String name) {
        return new Settings(version, name, consentDeadlineDays, votingGeleding, quorumPercent, majorityRule,
                signatureRetentionMonths, votesByName);
    }
}
