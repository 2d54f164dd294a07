package nl.codewijzer.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a staff member does at the school (issue 14): the groups a code may be addressed to ("wie moet
 * tekenen"). Set by the beheerder, in the CSV import and export as column {@code functie} with the
 * {@link #token()}. A person without one is "functie onbekend": asked whenever all staff must sign.
 */
public enum StaffFunction {
    ONDERWIJZEND("onderwijzend"),
    ONDERSTEUNEND("ondersteunend"),
    STAGIAIR("stagiair"),
    INVALLER("invaller"),
    VRIJWILLIGER("vrijwilliger"),
    EXTERN("extern");

    private final String token;

    StaffFunction(String token) {
        this.token = token;
    }

    /** The word in the CSV file. */
    public String token() {
        return token;
    }

    public String labelKey() {
        return "staff-function." + name();
    }

    /** The function a CSV cell names: its token or its enum name, in any case; empty if none matches. */
    public static Optional<StaffFunction> fromToken(String text) {
        var wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(function -> function.token.equals(wanted) || function.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
