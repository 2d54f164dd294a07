package nl.codewijzer.consent;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** The MR consented to a version. */
public record ConsentGiven(long roundId, long codeId, long versionId, String sha256, LocalDate decisionDate)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "consent.given";
    }

    @Override
    public String auditObjectType() {
        return "consent_round";
    }

    @Override
    public String auditObjectId() {
        return Long.toString(roundId);
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; version=" + versionId + "; sha256=" + sha256 + "; decisionDate=" + decisionDate;
    }
}
