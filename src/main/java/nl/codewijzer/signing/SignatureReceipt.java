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
 */
public record SignatureReceipt(long signatureId, long personId, String personName, String typedName, long codeId,
        String codeTitle, long versionId, int versionNumber, String sha256, Instant signedAt, String method,
        String verificationCode, @Nullable String ipAddress, @Nullable String userAgent, boolean versionActive) {

    /** The verification code as printed: "ACDEF-GHJKM". */
    public String groupedCode() {
        return VerificationCodes.grouped(verificationCode);
    }
}
