package nl.codewijzer.staff;

import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** What the beheerder fills in for a person; the service validates it as a whole. */
public record PersonForm(
        String fullName,
        String email,
        Set<Role> roles,
        @Nullable MrGeleding geleding,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable StaffFunction staffFunction) {

    /** A form without a function ("functie onbekend"). */
    public PersonForm(String fullName, String email, Set<Role> roles, @Nullable MrGeleding geleding,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate) {
        this(fullName, email, roles, geleding, startDate, endDate, null);
    }

    public PersonForm withStaffFunction(@Nullable StaffFunction function) {
        return new PersonForm(fullName, email, roles, geleding, startDate, endDate, function);
    }
}
