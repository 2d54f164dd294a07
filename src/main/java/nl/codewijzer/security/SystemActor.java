package nl.codewijzer.security;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs start-up work (the demo school, the first administrator) under an explicit system identity,
 * so that services keep their role checks and nothing needs a back door around them.
 */
public final class SystemActor {

    private SystemActor() {
    }

    /** An authority no person can hold: only work started through this class has it. */
    public static final String SYSTEM = "SYSTEM";

    /**
     * Runs work as a particular person (the demo school's coördinator writing its first version),
     * with exactly that person's roles, so authorship and role checks are real.
     */
    public static <T> T runAsPerson(UserDetails person, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static <T> T runAs(Supplier<T> work, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + SYSTEM));
        Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).forEach(authorities::add);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
