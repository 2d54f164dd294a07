package nl.codewijzer.pdf;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a PDF's seal.
 *
 * @param sealed            the document carries a signature at all
 * @param intact            the signature is cryptographically valid and covers the whole file
 *                          (nothing was appended or changed after sealing)
 * @param issuedBySchool    the signing certificate is the school's configured certificate
 * @param signer            the certificate's subject (its common name when it has one), for display;
 *                          null when not sealed or unreadable
 * @param signedAt          the signing time recorded in the signature; null when not sealed
 */
public record SealCheck(boolean sealed, boolean intact, boolean issuedBySchool,
        @Nullable String signer, @Nullable Instant signedAt) {

    public static SealCheck unsealed() {
        return new SealCheck(false, false, false, null, null);
    }
}
