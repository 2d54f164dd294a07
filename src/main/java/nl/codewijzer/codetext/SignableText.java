package nl.codewijzer.codetext;

/**
 * What a signature needs of a version, and no more (decision 0055): the code it belongs to, its number and status,
 * the SHA-256 on record and the text to hash again.
 */
public record SignableText(long id, long codeId, String codeTitle, int number, VersionStatus status, String sha256,
        String markdown) {
}
