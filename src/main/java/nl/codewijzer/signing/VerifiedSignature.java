package nl.codewijzer.signing;

import java.time.Instant;

/**
 * What the public verification page shows of a signature: enough to confirm a certificate someone
 * holds, no more. The name is shortened to the first initial and the rest ("B. de Vries").
 *
 * @param roundYear 0 for a signature of the version's own campaign; for a yearly re-confirmation
 *     (decision 0053) the first calendar year of its school year
 */
public record VerifiedSignature(String shortName, String codeTitle, int versionNumber, String sha256,
        Instant signedAt, boolean versionStillActive, int roundYear) {

    /** Whether this signature re-confirms the version for a school year. */
    public boolean reconfirmation() {
        return roundYear != 0;
    }
}
