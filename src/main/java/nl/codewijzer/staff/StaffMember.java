package nl.codewijzer.staff;

import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** A person as the staff list shows them. {@code version} guards against overwriting someone else's edit. */
public record StaffMember(
        long id,
        long version,
        String fullName,
        String email,
        Set<Role> roles,
        @Nullable MrGeleding geleding,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean active,
        boolean canLogIn,
        @Nullable StaffFunction staffFunction) {

    /** A member without a function ("functie onbekend"). */
    public StaffMember(long id, long version, String fullName, String email, Set<Role> roles,
            @Nullable MrGeleding geleding, LocalDate startDate, @Nullable LocalDate endDate, boolean active,
            boolean canLogIn) {
        this(id, version, fullName, email, roles, geleding, startDate, endDate, active, canLogIn, null);
    }

    /** Staff as opposed to MR members from the parents or students. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaffRole);
    }

    public PersonForm toForm() {
        return new PersonForm(fullName, email, roles, geleding, startDate, endDate, staffFunction);
    }
}
