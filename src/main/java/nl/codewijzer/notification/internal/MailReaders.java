package nl.codewijzer.notification.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** The {@code readers} column of the outbox: role names separated by commas, null for none. */
public final class MailReaders {

    private MailReaders() {
    }

    public static @Nullable String format(Set<Role> roles) {
        return roles.isEmpty() ? null
                : roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public static Set<Role> parse(@Nullable String column) {
        var roles = EnumSet.noneOf(Role.class);
        if (column != null) {
            Arrays.stream(column.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                    .forEach(name -> roles.add(Role.valueOf(name)));
        }
        return roles;
    }
}
