package nl.codewijzer.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Passwords an attacker tries first (NIST 800-63B 5.1.1.2, "values known to be commonly used"):
 * the 30,000 most common passwords of a public corpus (zxcvbn's list, see
 * {@code security/common-passwords.LICENSE.txt} and decision 0022) plus a short Dutch list of our
 * own, also with digits and punctuation around them ({@code Welkom2026!}) or in l33t
 * ({@code W3lk0m}); a run of a few different characters ({@code aaaaaaaaaa}) or a keyboard or
 * alphabet row; and a password made of the person's own name or the school's name. No rules about
 * character classes: a sentence of a few plain words stays the best advice.
 */
@Component
public class GuessablePasswords {

    /** A word stripped of digits and punctuation counts only if this long: "abc" in "abc-1234567" is no word. */
    private static final int SHORTEST_WORD = 4;
    /** At most this many different characters is a repeat or a near-repeat ({@code abababab12}). */
    private static final int FEWEST_DIFFERENT_CHARACTERS = 4;
    /** Little words in Dutch names that alone say nothing: what is left of "van der Berg" is "berg". */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te",
            "in", "op", "la", "le", "du", "da", "di", "st", "demo");
    private static final Pattern AROUND = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final String[] ROWS = {"0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
        "zxcvbnm", "azertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn", "qwertzuiop"};

    private final Set<String> common;

    GuessablePasswords() {
        var words = new HashSet<String>(40_000);
        load("security/common-passwords.txt", words);
        load("security/common-passwords-nl.txt", words);
        this.common = Set.copyOf(words);
    }

    /** How many listed passwords are known; for the decision record and tests. */
    int listed() {
        return common.size();
    }

    /** Whether the password is a common one, a variation on one, a repeat or a row of keys. */
    public boolean isCommon(String password) {
        var lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() <= FEWEST_DIFFERENT_CHARACTERS || isRowOfKeys(lower)) {
            return true;
        }
        var plain = unleet(lower);
        for (var candidate : new java.util.LinkedHashSet<>(List.of(lower, plain, lower.replace(" ", ""), plain.replace(" ", "")))) {
            if (common.contains(candidate)) {
                return true;
            }
            var word = AROUND.matcher(candidate).replaceAll("");
            if (word.length() >= SHORTEST_WORD && (common.contains(word) || isRowOfKeys(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the password is made of the given names (the person's, the school's, the e-mail's
     * name part): once the letters of those names are taken out, hardly a letter is left.
     */
    public boolean isMadeOfNames(String password, Collection<String> names) {
        var letters = NOT_A_LETTER.matcher(unleet(fold(password))).replaceAll("");
        if (letters.isEmpty()) {
            return false;
        }
        var parts = names.stream()
                .flatMap(name -> Pattern.compile("[^\\p{L}]+").splitAsStream(fold(name)))
                .filter(part -> part.length() >= 2 && !NAME_PARTICLES.contains(part))
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        var rest = letters;
        for (var part : parts) {
            rest = rest.replace(part, "");
        }
        for (var particle : NAME_PARTICLES) {
            if (rest.length() < letters.length()) {
                rest = rest.replace(particle, "");
            }
        }
        return rest.length() < letters.length() && rest.length() < 3;
    }

    private static boolean isRowOfKeys(String text) {
        var compact = text.replace(" ", "");
        if (compact.length() < SHORTEST_WORD) {
            return false;
        }
        for (var row : ROWS) {
            if (row.contains(compact) || new StringBuilder(row).reverse().toString().contains(compact)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents: "Jörg" and "jorg" are one name. */
    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String unleet(String text) {
        var plain = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    private static void load(String resource, Set<String> into) {
        var stream = GuessablePasswords.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("The list " + resource + " is missing from the jar");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(into::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
