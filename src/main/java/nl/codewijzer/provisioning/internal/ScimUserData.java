package nl.codewijzer.provisioning.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a SCIM User that Codewijzer keeps, as the directory last described them. A
 * PATCH is applied to a copy of the current values and then saved like a PUT, so one request
 * changes everything it asks for or nothing.
 */
record ScimUserData(
        String userName,
        @Nullable String externalId,
        boolean active,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String formatted,
        @Nullable String displayName,
        @Nullable String workEmail,
        @Nullable LocalDate startDate) {

    /** The e-mail Codewijzer uses: the work address when there is one, else the userName (Entra's UPN). */
    String email() {
        var work = workEmail == null ? "" : workEmail.strip();
        return (work.contains("@") ? work : userName.strip()).toLowerCase(Locale.ROOT);
    }

    /** "Bart de Vries": given and family name when both are there, else the display or formatted name. */
    String fullName() {
        var given = stripped(givenName);
        var family = stripped(familyName);
        if (!given.isEmpty() && !family.isEmpty()) {
            return given + " " + family;
        }
        if (!stripped(displayName).isEmpty()) {
            return stripped(displayName);
        }
        if (!stripped(formatted).isEmpty()) {
            return stripped(formatted);
        }
        if (!given.isEmpty() || !family.isEmpty()) {
            return (given + " " + family).strip();
        }
        var name = userName.strip();
        return name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
    }

    /** The value without surrounding spaces; empty when there is none. */
    private static String stripped(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
