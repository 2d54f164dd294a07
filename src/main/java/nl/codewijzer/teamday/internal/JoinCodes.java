package nl.codewijzer.teamday.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Join codes people read off a beamer and type on a phone: six characters from an alphabet without
 * 0/O and 1/I, so nothing is ambiguous. 32^6 (about a billion) codes; a new code is drawn until it is
 * not taken, and the database's unique key catches the rare race.
 */
public final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next(Predicate<String> taken) {
        while (true) {
            var code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
    }

    /** What a person typed, as a code: upper case, without spaces or dashes. */
    public static String normalize(String typed) {
        return typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }
}
