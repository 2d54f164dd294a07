package nl.codewijzer.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The person using the app right now, as views and services see them. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The signed-in person; empty for anonymous callers, the system and the directory (SCIM), which are no person. */
    public Optional<SignedInUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in person; refuses anonymous callers. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    /**
     * Whether the caller holds any of these roles. Works for people and for start-up work running
     * as {@link SystemActor}, because it reads the granted authorities, not the person record.
     */
    public boolean hasAnyRole(Role... roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        var granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Arrays.stream(roles).anyMatch(role -> granted.contains(role.authority()));
    }

    /** Whether this is start-up work running as {@link SystemActor} rather than a person. */
    public boolean isSystem() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + SystemActor.SYSTEM).equals(granted.getAuthority()));
    }

    /** Whether this is the school's directory provisioning people through SCIM ({@link SystemActor#runAsProvisioning}). */
    public boolean isProvisioning() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + SystemActor.PROVISIONING).equals(granted.getAuthority()));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
