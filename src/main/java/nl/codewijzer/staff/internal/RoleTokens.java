package nl.codewijzer.staff.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.MrGeleding;
import org.jspecify.annotations.Nullable;

/**
 * The words for roles in a CSV file, e.g. {@code medewerker|mr-lid-personeel|mr-voorzitter}. The
 * export writes the same words, so an exported list can be read back.
 */
public final class RoleTokens {

    /** The roles and geleding a field named, and the words that meant nothing. */
    public record Parsed(Set<Role> roles, @Nullable MrGeleding geleding, List<String> unknown) {
    }

    private RoleTokens() {
    }

    public static Parsed parse(String field) {
        var roles = EnumSet.noneOf(Role.class);
        MrGeleding geleding = null;
        var unknown = new ArrayList<String>();
        for (var raw : field.split("[|,+]")) {
            var token = normalize(raw);
            if (token.isEmpty()) {
                continue;
            }
            switch (token) {
                case "beheerder" -> roles.add(Role.BEHEERDER);
                case "coordinator", "coordinator-sociale-veiligheid" -> roles.add(Role.COORDINATOR);
                case "schoolleiding", "directie" -> roles.add(Role.SCHOOLLEIDING);
                case "medewerker" -> roles.add(Role.MEDEWERKER);
                case "mr-voorzitter" -> roles.add(Role.MR_VOORZITTER);
                case "mr-lid-personeel" -> {
                    roles.add(Role.MR_LID);
                    geleding = MrGeleding.PERSONEEL;
                }
                case "mr-lid-ouders" -> {
                    roles.add(Role.MR_LID);
                    geleding = MrGeleding.OUDERS;
                }
                case "mr-lid-leerlingen" -> {
                    roles.add(Role.MR_LID);
                    geleding = MrGeleding.LEERLINGEN;
                }
                default -> unknown.add(raw.strip());
            }
        }
        return new Parsed(roles, geleding, unknown);
    }

    public static String format(Set<Role> roles, @Nullable MrGeleding geleding) {
        return roles.stream().sorted().map(role -> switch (role) {
            case BEHEERDER -> "beheerder";
            case COORDINATOR -> "coordinator";
            case SCHOOLLEIDING -> "schoolleiding";
            case MEDEWERKER -> "medewerker";
            case MR_VOORZITTER -> "mr-voorzitter";
            case MR_LID -> "mr-lid-" + (geleding == null ? "personeel" : geleding.name().toLowerCase(Locale.ROOT));
        }).collect(Collectors.joining("|"));
    }

    /** Lower case, accents off ("coördinator"), spaces and underscores as hyphens. */
    private static String normalize(String raw) {
        var plain = Normalizer.normalize(raw.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[\\s_]+", "-");
    }
}
