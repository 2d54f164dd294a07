package nl.codewijzer.security;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Makes a changed security context the current one and keeps it in the browser session for the next requests. */
final class SessionContexts {

    private SessionContexts() {
    }

    static void store(SecurityContext context) {
        SecurityContextHolder.setContext(context);
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
