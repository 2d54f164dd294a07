package nl.codewijzer.teamday.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who a vote belongs to, as stored. A named poll stores the person id. An anonymous poll stores the
 * HMAC-SHA256 of the person id under a random key of that poll only, so the same person always gets
 * the same key (one vote, changeable) while the poll is open; when it closes the key is deleted and
 * the hashes can no longer be recomputed, not even by someone holding the database. A plain hash
 * would not do: with 30 staff, anyone could hash every person id and compare. See decision 0009.
 */
public final class VoterKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";

    private VoterKeys() {
    }

    public static byte[] newSecret() {
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String named(long personId) {
        return "p" + personId;
    }

    public static String anonymous(byte[] secret, long personId) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(("person:" + personId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
