package nl.codewijzer.signing;

/**
 * A version adopted as a redactional change of an earlier one (typo fixes): whoever signed the
 * replaced version is not asked again, their signature still counts, for the reason given.
 */
public record RedactionalChange(long replacedVersionId, int replacedVersionNumber, String replacedSha256, String reason) {
}
