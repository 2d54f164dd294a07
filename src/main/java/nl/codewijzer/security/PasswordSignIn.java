package nl.codewijzer.security;

import com.vaadin.flow.server.VaadinServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Signs a person in from inside the app, with their e-mail and password, exactly as the login form
 * would: the same provider checks the password and the active flag, the same success event is
 * published (the audit trail records the login), and the session gets a new id so that an id
 * known before the login is worthless afterwards. Used right after a new hire chose their first
 * password through an invitation link, so they go on without typing it again.
 */
@Service
@PreAuthorize(Role.Require.ANYONE) // it checks the password itself, as the login form does
public class PasswordSignIn {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final ProviderManager authentication;

    PasswordSignIn(DaoAuthenticationProvider provider, ObjectProvider<AuthenticationEventPublisher> events) {
        this.authentication = new ProviderManager(provider);
        events.ifAvailable(this.authentication::setAuthenticationEventPublisher);
    }

    /** Whether the person is now signed in in this browser session; false for a wrong password or a leaver. */
    public boolean signIn(String email, String password) {
        try {
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(result);
            newSessionId();
            SessionContexts.store(context);
            return true;
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    /** What Spring Security's login does against session fixation; the servlet session and Vaadin's stay. */
    private static void newSessionId() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return;
        }
        try {
            request.getHttpServletRequest().changeSessionId();
        } catch (UnsupportedOperationException notInThisContainer) {
            // Only the mock request of browserless UI tests lacks it; every servlet 3.1 container has it.
            log.warn("The session id could not be changed after signing in: {}", notInThisContainer.getMessage());
        }
    }
}
