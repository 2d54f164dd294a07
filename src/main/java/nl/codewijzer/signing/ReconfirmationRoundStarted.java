package nl.codewijzer.signing;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** A yearly re-confirmation round started (decision 0053): everyone in the audience was asked again. */
public record ReconfirmationRoundStarted(long codeId, long versionId, int versionNumber, int schoolYear,
        LocalDate startsOn, LocalDate dueDate, int asked) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signing.round-started";
    }

    @Override
    public String auditObjectType() {
        return "signing_round";
    }

    @Override
    public String auditObjectId() {
        return codeId + "/" + schoolYear;
    }

    @Override
    public String auditDetails() {
        return "version=" + versionId + "; number=" + versionNumber + "; schoolYear="
                + YearlyReconfirmations.label(schoolYear) + "; startsOn=" + startsOn + "; due=" + dueDate
                + "; asked=" + asked;
    }
}
