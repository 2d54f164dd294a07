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

    /** The authority of the school's directory calling the SCIM endpoint; no person can hold it. */
    public static final String PROVISIONING = "PROVISIONING";
    /** The actor name the audit trail shows for changes made through SCIM. */
    public static final String PROVISIONING_NAME = "SCIM";

    /**
     * Runs work as the school's directory (SCIM provisioning): it may add, change and deactivate
     * people, and nothing else; the audit trail names it "SCIM".
     */
    public static <T> T runAsProvisioning(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(provisioning());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The identity of the school's directory, for the SCIM endpoint's filter once its bearer token checked out. */
    public static org.springframework.security.core.Authentication provisioning() {
        var directory = org.springframework.security.core.userdetails.User.withUsername(PROVISIONING_NAME).password("")
                .authorities("ROLE_" + PROVISIONING).build();
        return UsernamePasswordAuthenticationToken.authenticated(directory, null, directory.getAuthorities());
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
