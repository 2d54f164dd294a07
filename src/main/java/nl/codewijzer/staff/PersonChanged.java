package nl.codewijzer.staff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.codewijzer.security.Role;

/**
 * The beheerder changed a person's record. The trail names the fields that changed, and the roles
 * before and after (who was made beheerder matters later), but not the old and new name or
 * e-mail: those would outlive the person's pseudonymisation in the chain.
 */
public record PersonChanged(long personId, List<String> changedFields, Set<Role> rolesBefore, Set<Role> rolesAfter)
        implements PersonAuditEvent {

    public PersonChanged {
        changedFields = List.copyOf(changedFields);
        rolesBefore = Set.copyOf(rolesBefore);
        rolesAfter = Set.copyOf(rolesAfter);
    }

    @Override
    public String auditAction() {
        return "person.changed";
    }

    @Override
    public String auditDetails() {
        var details = "fields=" + String.join(",", changedFields);
        return rolesBefore.equals(rolesAfter) ? details
                : details + "; roles=" + roles(rolesBefore) + " -> " + roles(rolesAfter);
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
