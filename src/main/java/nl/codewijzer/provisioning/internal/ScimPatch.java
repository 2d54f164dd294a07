package nl.codewijzer.provisioning.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One PATCH operation (RFC 7644 §3.5.2) applied to a user's values, the way Entra ID sends them:
 * {@code op} in any case ("Replace"), a path such as {@code active}, {@code name.familyName} or
 * {@code emails[type eq "work"].value}, or no path and an object of attributes; {@code active} may
 * be the string "False". Paths Codewijzer does not keep are ignored.
 */
final class ScimPatch {

    private ScimPatch() {
    }

    static ScimUserData apply(ScimUserData data, JsonNode operation) {
        var op = text(operation.get("op"));
        if (op == null) {
            throw new ScimException(400, "invalidSyntax", "An operation needs an op");
        }
        var kind = op.toLowerCase(Locale.ROOT);
        if (!kind.equals("add") && !kind.equals("replace") && !kind.equals("remove")) {
            throw new ScimException(400, "invalidSyntax", "Unknown op " + op);
        }
        var path = text(operation.get("path"));
        var value = operation.get("value");
        boolean remove = kind.equals("remove");
        if (path == null) {
            if (remove || value == null || !value.isObject()) {
                throw new ScimException(400, "noTarget", "An operation without a path needs an object value");
            }
            for (var attribute : value.properties()) {
                data = set(data, attribute.getKey(), attribute.getValue(), false);
            }
            return data;
        }
        if (!remove && value == null) {
            throw new ScimException(400, "invalidValue", "Operation " + op + " " + path + " has no value");
        }
        return set(data, path, value, remove);
    }

    private static ScimUserData set(ScimUserData d, String path, @Nullable JsonNode value, boolean remove) {
        var key = path.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        var extensionPrefix = ScimEndpoint.EXTENSION.toLowerCase(Locale.ROOT);
        if (key.startsWith(extensionPrefix)) {
            var rest = key.substring(extensionPrefix.length());
            if (rest.isEmpty() && value != null && value.isObject()) {
                return value.has("startDate") ? set(d, "startDate", value.get("startDate"), remove) : d;
            }
            key = rest.startsWith(":") ? rest.substring(1) : rest;
        }
        // dots as slashes: "name/givenname" reads as a SCIM path, not as a resource-bundle key
        return switch (key.replace('.', '/')) {
            case "username" -> {
                var userName = remove ? null : text(value);
                if (userName == null) {
                    throw new ScimException(400, "mutability", "userName cannot be removed");
                }
                yield new ScimUserData(userName, d.externalId(), d.active(), d.givenName(), d.familyName(),
                        d.formatted(), d.displayName(), d.workEmail(), d.startDate());
            }
            case "externalid" -> new ScimUserData(d.userName(), remove ? null : text(value), d.active(), d.givenName(),
                    d.familyName(), d.formatted(), d.displayName(), d.workEmail(), d.startDate());
            case "active" -> new ScimUserData(d.userName(), d.externalId(), !remove && bool(value), d.givenName(),
                    d.familyName(), d.formatted(), d.displayName(), d.workEmail(), d.startDate());
            case "displayname" -> new ScimUserData(d.userName(), d.externalId(), d.active(), d.givenName(),
                    d.familyName(), d.formatted(), remove ? null : text(value), d.workEmail(), d.startDate());
            case "name/givenname" -> new ScimUserData(d.userName(), d.externalId(), d.active(), remove ? null : text(value),
                    d.familyName(), d.formatted(), d.displayName(), d.workEmail(), d.startDate());
            case "name/familyname" -> new ScimUserData(d.userName(), d.externalId(), d.active(), d.givenName(),
                    remove ? null : text(value), d.formatted(), d.displayName(), d.workEmail(), d.startDate());
            case "name/formatted" -> new ScimUserData(d.userName(), d.externalId(), d.active(), d.givenName(),
                    d.familyName(), remove ? null : text(value), d.displayName(), d.workEmail(), d.startDate());
            // without a value only when removing (apply refuses an add or replace without one)
            case "name" -> remove || value == null ? new ScimUserData(d.userName(), d.externalId(), d.active(), null, null, null,
                    d.displayName(), d.workEmail(), d.startDate())
                    : new ScimUserData(d.userName(), d.externalId(), d.active(),
                            value.has("givenName") ? text(value.get("givenName")) : d.givenName(),
                            value.has("familyName") ? text(value.get("familyName")) : d.familyName(),
                            value.has("formatted") ? text(value.get("formatted")) : d.formatted(),
                            d.displayName(), d.workEmail(), d.startDate());
            case "emails[typeeq\"work\"]/value", "emails/value" -> new ScimUserData(d.userName(),
                    d.externalId(), d.active(), d.givenName(), d.familyName(), d.formatted(), d.displayName(),
                    remove ? null : text(value), d.startDate());
            case "emails" -> new ScimUserData(d.userName(), d.externalId(), d.active(), d.givenName(), d.familyName(),
                    d.formatted(), d.displayName(), remove ? null : workEmail(value), d.startDate());
            case "startdate" -> new ScimUserData(d.userName(), d.externalId(), d.active(), d.givenName(), d.familyName(),
                    d.formatted(), d.displayName(), d.workEmail(), remove ? d.startDate() : date(value));
            default -> d; // an attribute Codewijzer does not keep
        };
    }

    static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        var text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** {@code true}/{@code false}, also Entra's strings "True" and "False". */
    static boolean bool(@Nullable JsonNode node) {
        if (node != null && node.isBoolean()) {
            return node.booleanValue();
        }
        var text = text(node);
        if (text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        throw new ScimException(400, "invalidValue", "active must be true or false");
    }

    /** The work address from an emails array: type "work", else the primary one, else the first. */
    static @Nullable String workEmail(@Nullable JsonNode emails) {
        if (emails == null || !emails.isArray() || emails.isEmpty()) {
            return null;
        }
        JsonNode chosen = null;
        for (var email : emails) {
            if ("work".equalsIgnoreCase(text(email.get("type")))) {
                chosen = email;
                break;
            }
        }
        if (chosen == null) {
            for (var email : emails) {
                if (email.path("primary").asBoolean(false)) {
                    chosen = email;
                    break;
                }
            }
        }
        return text((chosen == null ? emails.get(0) : chosen).get("value"));
    }

    /** yyyy-MM-dd, or a date-time such as Entra's employeeHireDate ("2026-08-01T00:00:00Z"). */
    static @Nullable LocalDate date(@Nullable JsonNode node) {
        var text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).atZoneSameInstant(nl.codewijzer.base.SchoolTime.ZONE).toLocalDate();
        } catch (DateTimeParseException unreadable) {
            throw new ScimException(400, "invalidValue", "startDate must be a date (yyyy-MM-dd): " + text);
        }
    }
}
