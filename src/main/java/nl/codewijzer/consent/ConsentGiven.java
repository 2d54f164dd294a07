package nl.codewijzer.consent;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** The MR consented to a version. */
@NamedInterface("events")
public record ConsentGiven(long roundId, long codeId, long versionId, String sha256, LocalDate decisionDate)
        implements RoundAuditEvent {

    @Override
    public String auditAction() {
        return "consent.given";
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; version=" + versionId + "; sha256=" + sha256 + "; decisionDate=" + decisionDate;
    }
}
