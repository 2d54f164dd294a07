package nl.codewijzer;

import nl.codewijzer.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Signs a person in during a test, for people a test creates itself (the security test
 * annotations need the person to exist before the test starts). Spring's test support clears
 * the security context after each test method.
 */
public final class SignIn {

    private SignIn() {
    }

    /** Signs in the person with this e-mail as the login would, and returns their principal. */
    public static SignedInUser as(UserDetailsService users, String email) {
        var user = (SignedInUser) users.loadUserByUsername(email);
        as(user);
        return user;
    }

    /** Signs in with a principal as it was loaded earlier (say, a session older than a role change). */
    public static void as(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
    }
}
