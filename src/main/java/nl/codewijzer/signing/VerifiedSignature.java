package nl.codewijzer.signing;

import java.time.Instant;

/**
 * What the public verification page shows of a signature: enough to confirm a certificate someone
 * holds, no more. The name is shortened to the first initial and the rest ("B. de Vries").
 */
public record VerifiedSignature(String shortName, String codeTitle, int versionNumber, String sha256,
        Instant signedAt, boolean versionStillActive) {
}
