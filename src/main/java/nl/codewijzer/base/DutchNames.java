package nl.codewijzer.base;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The one order of people's names, as a Dutch reader expects it: "Łukasz" between "Lotte" and
 * "Milan", "Émile" among the E's, case and accents second. Java's Dutch collator alone puts letters
 * without a decomposition (Ł, Ø, Đ) after Z, so they are folded to their base letter first.
 */
public final class DutchNames {

    /** Names in Dutch alphabetical order. */
    public static final Comparator<String> ORDER = DutchNames::compare;

    private static final Collator COLLATOR = Collator.getInstance(Translations.DUTCH);

    private DutchNames() {
    }

    /** Orders things by a name they carry. */
    public static <T> Comparator<T> by(Function<T, String> name) {
        return Comparator.comparing(name, ORDER);
    }

    private static int compare(String a, String b) {
        int folded = COLLATOR.compare(fold(a), fold(b));
        return folded != 0 ? folded : COLLATOR.compare(a, b);
    }

    private static String fold(String name) {
        var folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'Ł' -> folded.append('L');
                case 'ł' -> folded.append('l');
                case 'Ø' -> folded.append('O');
                case 'ø' -> folded.append('o');
                case 'Đ' -> folded.append('D');
                case 'đ' -> folded.append('d');
                case 'Ħ' -> folded.append('H');
                case 'ħ' -> folded.append('h');
                case 'ß' -> folded.append("ss");
                case 'Æ' -> folded.append("AE");
                case 'æ' -> folded.append("ae");
                case 'Œ' -> folded.append("OE");
                case 'œ' -> folded.append("oe");
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }
}
