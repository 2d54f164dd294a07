package nl.codewijzer.pdf;

import java.time.Instant;
import java.util.Optional;

/**
 * Seals PDFs with the school's certificate (a PAdES signature, timestamped when a time-stamping authority
 * is configured) and checks seals. The register of signatures and the adopted code are sealed so that
 * any later change to the file shows, and so that the seal can still be shown valid after the
 * certificate expires (decision 0026).
 */
public interface PdfSeal {

    /**
     * The same document with a PAdES signature at {@link #level()}.
     *
     * @throws NoSchoolCertificate   if no certificate is configured
     * @throws TimestampUnavailable  if the level needs a timestamp and the authority does not answer
     */
    byte[] seal(byte[] pdf, String reason);

    /** Whether the document carries a seal, and whether that seal still covers it unchanged. */
    SealCheck check(byte[] pdf);

    /** The level new seals get: the configured one, or the highest the configuration allows. */
    default SealLevel level() {
        return SealLevel.B_B;
    }

    /**
     * A B-LTA document with one more archive timestamp (and the validation data of the previous one):
     * what keeps it verifiable after the last timestamp's certificate expires.
     *
     * @throws TimestampUnavailable if the authority does not answer
     */
    default byte[] renew(byte[] sealed) {
        throw new UnsupportedOperationException("This seal cannot add archive timestamps");
    }

    /**
     * Until when the document's newest timestamp can be shown valid: the end of its authority's
     * certificate. An archive timestamp must be added before then ({@link #renew}). Empty for a
     * document without timestamps.
     */
    default Optional<Instant> timestampsValidUntil(byte[] sealed) {
        return Optional.empty();
    }

    /** Whether sealing can work now: the certificate is there and the authority answers (checked at most once a minute). */
    default SealHealth health() {
        return new SealHealth(level(), null, true, null);
    }

    /** Until when the school certificate that seals is valid; empty without a certificate (for the health check). */
    default Optional<Instant> certificateValidUntil() {
        return Optional.empty();
    }
}
