package nl.codewijzer.consent;

import java.time.LocalDate;

/** The MR did not consent to a version (including: quorum not met). */
public record ConsentRefused(long roundId, long codeId, long versionId, Outcome outcome, String reasons,
        LocalDate decisionDate) {
}
