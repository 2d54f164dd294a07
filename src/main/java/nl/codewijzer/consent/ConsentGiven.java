package nl.codewijzer.consent;

import java.time.LocalDate;

/** The MR consented to a version. */
public record ConsentGiven(long roundId, long codeId, long versionId, String sha256, LocalDate decisionDate) {
}
