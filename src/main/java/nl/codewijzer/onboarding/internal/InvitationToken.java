package nl.codewijzer.onboarding.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.codewijzer.base.Sha256;

/**
 * The secret in an invitation link: 32 random bytes, base64url without padding (43 characters).
 * Only its SHA-256 is stored. A plain hash (no salt, no slow function) suffices because the token
 * is random and as long as a key: there is nothing to guess from the hash.
 */
public record InvitationToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static InvitationToken generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether text could be a token at all; anything else is not looked up. */
    public static boolean wellFormed(String text) {
        return FORMAT.matcher(text).matches();
    }

    public String sha256() {
        return sha256(value);
    }

    /** The token is URL-safe Base64, so its UTF-8 bytes are its ASCII bytes. */
    public static String sha256(String token) {
        return Sha256.hex(token);
    }

    @Override
    public String toString() {
        return "InvitationToken[***]";
    }
}
