package nl.codewijzer.signing.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a typed name is the registered name. The typed name is a deliberate act of
 * acknowledgement, not the identification (the login is): so case, extra spaces, accents and the
 * curly apostrophes phone keyboards insert do not count, and neither do letters that a Dutch
 * keyboard lacks and people type without their stroke ("Lukasz" for "Łukasz", "Yilmaz" for
 * "Yılmaz"). Everything else must match: another name is another name. See
 * docs/decisions/0011-signing.md.
 */
public final class TypedNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TypedNames() {
    }

    public static boolean matches(String registered, String typed) {
        var expected = comparable(registered);
        return !expected.isEmpty() && expected.equals(comparable(typed));
    }

    static String comparable(String name) {
        var text = WHITESPACE.matcher(name.strip()).replaceAll(" ");
        text = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00B4', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-');
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        text = MARKS.matcher(text).replaceAll("");
        var plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'Ł', 'ł' -> plain.append('l');
                case 'ı', 'İ' -> plain.append('i');
                case 'Ø', 'ø' -> plain.append('o');
                case 'Đ', 'đ' -> plain.append('d');
                case 'ß' -> plain.append("ss");
                case 'Æ', 'æ' -> plain.append("ae");
                case 'Œ', 'œ' -> plain.append("oe");
                default -> plain.append(c);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }
}
