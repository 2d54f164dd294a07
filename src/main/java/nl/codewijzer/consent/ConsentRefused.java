package nl.codewijzer.consent;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** The MR did not consent to a version (including: quorum not met). */
@NamedInterface("events")
public record ConsentRefused(long roundId, long codeId, long versionId, Outcome outcome, String reasons,
        LocalDate decisionDate) implements RoundAuditEvent {

    @Override
    public String auditAction() {
        return "consent.refused";
    }

    /** The reasons stay on the round's record; the trail notes the outcome and the date. */
    @Override
    public String auditDetails() {
        return "code=" + codeId + "; version=" + versionId + "; outcome=" + outcome + "; decisionDate=" + decisionDate;
    }
}
