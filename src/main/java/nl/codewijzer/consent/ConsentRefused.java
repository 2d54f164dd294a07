package nl.codewijzer.consent;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** The MR did not consent to a version (including: quorum not met). */
public record ConsentRefused(long roundId, long codeId, long versionId, Outcome outcome, String reasons,
        LocalDate decisionDate) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "consent.refused";
    }

    @Override
    public String auditObjectType() {
        return "consent_round";
    }

    @Override
    public String auditObjectId() {
        return Long.toString(roundId);
    }

    /** The reasons stay on the round's record; the trail notes the outcome and the date. */
    @Override
    public String auditDetails() {
        return "code=" + codeId + "; version=" + versionId + "; outcome=" + outcome + "; decisionDate=" + decisionDate;
    }
}
