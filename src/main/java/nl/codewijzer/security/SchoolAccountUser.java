package nl.codewijzer.security;

import java.io.Serial;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in with their school account: the same principal as after a password login (so
 * {@link CurrentUser}, roles and the audit trail work unchanged), and an {@link OidcUser} for
 * Spring Security's login flow. Roles come from Codewijzer, never from the provider.
 */
final class SchoolAccountUser extends SignedInUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String provider;
    private final OidcIdToken idToken;

    SchoolAccountUser(Account account, String provider, OidcIdToken idToken) {
        super(account);
        this.provider = provider;
        this.idToken = idToken;
        eraseCredentials();
    }

    /** Keeps the provider, so logging out still offers to sign out there too. */
    @Override
    SignedInUser withLanguage(String language) {
        return new SchoolAccountUser(new Account(personId(), email(), fullName(), null, roles(), isEnabled(),
                mustChangePassword(), language), provider, idToken);
    }

    @Override
    public String signInProvider() {
        return provider;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return email();
    }
}
