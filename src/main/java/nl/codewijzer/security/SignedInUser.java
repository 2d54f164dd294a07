package nl.codewijzer.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a logged-in person. Kept small: it lives in the HTTP session. */
public class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String email;
    private final String fullName;
    private final Set<Role> roles;
    private final boolean active;
    private final boolean mustChangePassword;
    private final @Nullable String preferredLanguage;
    private @Nullable String passwordHash;

    SignedInUser(Account account) {
        this(account.personId(), account.email(), account.fullName(), account.roles(), account.active(),
                account.mustChangePassword(), account.preferredLanguage(), account.passwordHash());
    }

    private SignedInUser(long personId, String email, String fullName, Set<Role> roles, boolean active,
            boolean mustChangePassword, @Nullable String preferredLanguage, @Nullable String passwordHash) {
        this.personId = personId;
        this.email = email;
        this.fullName = fullName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.preferredLanguage = preferredLanguage;
        this.passwordHash = passwordHash;
    }

    SignedInUser withPasswordChanged() {
        return new SignedInUser(personId, email, fullName, roles, active, false, preferredLanguage, null);
    }

    SignedInUser withLanguage(String language) {
        return new SignedInUser(personId, email, fullName, roles, active, mustChangePassword, language, null);
    }

    /**
     * The configured provider (registration id, e.g. "microsoft") this person signed in with, or
     * {@code null} after a password login. The audit trail records it with the login.
     */
    public @Nullable String signInProvider() {
        return null;
    }

    public long personId() {
        return personId;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable String preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
