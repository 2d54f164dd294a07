package nl.codewijzer.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** A signed-in person choosing a new password, and their UI language. */
@Service
public class PasswordChange {

    /** Why a chosen password was refused; each maps to a Dutch message at the field. */
    public enum Problem {
        CURRENT_PASSWORD_WRONG,
        TOO_SHORT,
        SAME_AS_EMAIL,
        SAME_AS_CURRENT,
        REPEAT_DIFFERS,
        /** Longer than BCrypt can hash: it refuses more than {@value #MAXIMUM_BYTES} bytes (UTF-8). */
        TOO_LONG
    }

    /** Thrown when the chosen password is refused; nothing has been stored. */
    public static final class RefusedPassword extends RuntimeException {
        private final Problem problem;

        RefusedPassword(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static final int MINIMUM_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; Spring Security refuses longer passwords with an exception. */
    public static final int MAXIMUM_BYTES = 72;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    PasswordChange(Accounts accounts, PasswordEncoder encoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    /**
     * Stores the new password of the signed-in person. The current password is asked unless the
     * person was just forced here by a temporary password they typed a moment ago.
     */
    public void change(@Nullable String currentPassword, String newPassword, String repeat) {
        var user = currentUser.require();
        var account = accounts.findByEmail(user.email()).orElseThrow();
        var storedHash = account.passwordHash();
        if (!user.mustChangePassword()
                && (currentPassword == null || storedHash == null || !encoder.matches(currentPassword, storedHash))) {
            throw new RefusedPassword(Problem.CURRENT_PASSWORD_WRONG);
        }
        checkChosen(user.email(), storedHash, newPassword, repeat);
        accounts.storeChosenPassword(user.personId(), encoder.encode(newPassword));
        replacePrincipal(user.withPasswordChanged());
    }

    /**
     * Stores the first password of a person who is not signed in, after the caller has proved who
     * they are (the onboarding module, with a valid invitation link). The same rules as
     * {@link #change}; runs only as the system, so no view can call it directly.
     */
    @PreAuthorize(Role.Require.SYSTEM)
    public void chooseFirst(String email, String newPassword, String repeat) {
        var account = accounts.findByEmail(email).orElseThrow(() -> new IllegalArgumentException("No account " + email));
        checkChosen(account.email(), account.passwordHash(), newPassword, repeat);
        accounts.storeChosenPassword(account.personId(), encoder.encode(newPassword));
    }

    /** The rules for every password a person chooses; throws {@link RefusedPassword} for the first one broken. */
    private void checkChosen(String email, @Nullable String storedHash, String newPassword, String repeat) {
        if (newPassword.length() < MINIMUM_LENGTH) {
            throw new RefusedPassword(Problem.TOO_SHORT);
        }
        if (newPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new RefusedPassword(Problem.TOO_LONG);
        }
        if (newPassword.trim().equalsIgnoreCase(email)) {
            throw new RefusedPassword(Problem.SAME_AS_EMAIL);
        }
        if (storedHash != null && encoder.matches(newPassword, storedHash)) {
            throw new RefusedPassword(Problem.SAME_AS_CURRENT);
        }
        if (!newPassword.equals(repeat)) {
            throw new RefusedPassword(Problem.REPEAT_DIFFERS);
        }
    }

    /** Remembers the signed-in person's language choice for their next visit. */
    public void rememberLanguage(String language) {
        var user = currentUser.require();
        accounts.storePreferredLanguage(user.personId(), language);
        replacePrincipal(user.withLanguage(language));
    }

    private static void replacePrincipal(SignedInUser updated) {
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SessionContexts.store(context);
    }
}
