package nl.codewijzer.pdf;

import java.time.Instant;
import java.util.Optional;

/**
 * RFC 3161 timestamps from the configured time-stamping authority, for anything that must be shown to
 * have existed at a time (the audit trail's chain head). Available when a TSA is configured, or in demo mode.
 */
public interface TrustedTime {

    /** Whether an authority is configured (or the demo one runs): otherwise {@link #stamp} cannot work. */
    boolean available();

    /** A token from the authority over this SHA-256 digest. @throws TimestampUnavailable if it does not answer */
    Anchor stamp(byte[] sha256);

    /**
     * Reads a token made earlier: its time and authority if its signature verifies and it covers exactly
     * this digest; empty otherwise (a changed digest, a forged or damaged token).
     */
    Optional<Anchor> read(byte[] token, byte[] sha256);

    /** A timestamp token (DER), the time in it and who signed it. */
    record Anchor(byte[] token, Instant time, String authority) {
    }
}
