package nl.codewijzer.consent.internal;

import java.time.Instant;

/** A PDF this person added to a consent round, as their data export lists it (without its content). */
public record OwnAttachment(long roundId, String codeTitle, int versionNumber, String fileName, long sizeBytes,
        String sha256, Instant uploadedAt) {
}
