package nl.codewijzer.signing;

import java.time.LocalDate;

/**
 * A yearly re-confirmation round of a code's version (decision 0053), with its numbers.
 *
 * @param schoolYear the school year's first calendar year: 2027 for 2027-2028
 * @param open the people asked who have not re-confirmed yet, the overdue among them
 */
public record ReconfirmationRound(long codeId, int schoolYear, long versionId, String codeTitle, int versionNumber,
        String sha256, LocalDate startsOn, LocalDate dueDate, int asked, int signed, int open, int overdue) {

    /** "2027-2028". */
    public String schoolYearLabel() {
        return YearlyReconfirmations.label(schoolYear);
    }
}
