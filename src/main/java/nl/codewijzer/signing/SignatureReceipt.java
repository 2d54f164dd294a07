package nl.codewijzer.signing;

import java.time.Instant;
import nl.codewijzer.signing.internal.VerificationCodes;
import org.jspecify.annotations.Nullable;

/**
 * A recorded signature as its owner (and the coördinator and schoolleiding) see it.
 *
 * @param personName       the name as registered when signing
 * @param typedName        the name as the person typed it
 * @param verificationCode ten characters, without the dash; see {@link #groupedCode()}
 * @param versionActive    whether the signed version is still the active one
 * @param roundYear        0 for a signature of the version's own campaign; for a yearly re-confirmation
 *     (decision 0053) the first calendar year of its school year
 * @param checkPassed      whether an understanding check was passed before signing (decision 0043: only that is kept)
 */
public record SignatureReceipt(long signatureId, long personId, String personName, String typedName, long codeId,
        String codeTitle, long versionId, int versionNumber, String sha256, Instant signedAt, String method,
        String verificationCode, @Nullable String ipAddress, @Nullable String userAgent, boolean versionActive,
        int roundYear, boolean checkPassed) {

    /** The verification code as printed: "ACDEF-GHJKM". */
    public String groupedCode() {
        return VerificationCodes.grouped(verificationCode);
    }

    /** Whether this signature re-confirms the version for a school year. */
    public boolean reconfirmation() {
        return roundYear != 0;
    }
}
