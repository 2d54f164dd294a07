package nl.codewijzer.staff;

import nl.codewijzer.SignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Gives a demo colleague a function (or none) as the beheerder does, for tests of who must sign. */
public final class StaffFunctions {

    private StaffFunctions() {
    }

    public static void set(StaffService staffService, UserDetailsService users, String email,
            @Nullable StaffFunction function) {
        SignIn.as(users, "beheerder@school.example");
        var member = staffService.search(StaffFilter.ALL).stream()
                .filter(person -> person.email().equals(email)).findFirst().orElseThrow();
        staffService.update(member.id(), member.version(), member.toForm().withStaffFunction(function));
    }
}
