package nl.codewijzer.pdf;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a PDF's seal, as the EU's DSS validator reports it.
 *
 * @param sealed              the document carries a signature at all
 * @param intact              the signature is cryptographically valid, nothing was changed in the signed
 *                            content and nothing but validation data and document timestamps was added after it
 * @param issuedBySchool      the signing certificate is the school's configured certificate
 * @param signer              the certificate's subject (its common name when it has one), for display;
 *                            null when not sealed or unreadable
 * @param signedAt            the signing time claimed in the signature; null when not sealed
 * @param level               the PAdES baseline level DSS found; null when not sealed or none
 * @param timestampedAt       when the signature timestamp says the signature existed; null without one
 * @param timestampAuthority  who made that timestamp (the TSA certificate's name)
 * @param validAtSigningTime  DSS's verdict is TOTAL_PASSED: the certificate chain reaches a trust anchor and
 *                            the certificate was valid (not expired, not revoked) when the signature was made
 * @param verdict             DSS's indication, with its sub-indication when there is one (for the record)
 */
public record SealCheck(boolean sealed, boolean intact, boolean issuedBySchool, @Nullable String signer,
        @Nullable Instant signedAt, @Nullable SealLevel level, @Nullable Instant timestampedAt,
        @Nullable String timestampAuthority, boolean validAtSigningTime, @Nullable String verdict) {

    public SealCheck(boolean sealed, boolean intact, boolean issuedBySchool, @Nullable String signer,
            @Nullable Instant signedAt) {
        this(sealed, intact, issuedBySchool, signer, signedAt, null, null, null, false, null);
    }

    public static SealCheck unsealed() {
        return new SealCheck(false, false, false, null, null);
    }
}
