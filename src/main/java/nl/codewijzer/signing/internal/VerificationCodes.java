package nl.codewijzer.signing.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code printed on a certificate, by which anyone can check it on the verification page:
 * ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), shown in two
 * groups of five. 25^10 (about 10^14) codes: guessing one that exists is hopeless.
 */
public final class VerificationCodes {

    public static final int LENGTH = 10;
    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "ACDEF-GHJKM": easier to read out and type. */
    public static String grouped(String code) {
        return code.length() == LENGTH ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    /** A code as someone typed it: case, spaces and dashes do not matter. Empty if it cannot be a code. */
    public static Optional<String> parse(String typed) {
        var plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–.]", "");
        if (plain.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < plain.length(); i++) {
            if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(plain);
    }
}
