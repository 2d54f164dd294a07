package nl.codewijzer.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The person using the app right now, as views and services see them. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<SignedInUser> get() {
        return authenticationContext.getAuthenticatedUser(SignedInUser.class);
    }

    /** The signed-in person; refuses anonymous callers. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    public void logout() {
        authenticationContext.logout();
    }
}
