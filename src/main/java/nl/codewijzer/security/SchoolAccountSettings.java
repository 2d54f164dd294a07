package nl.codewijzer.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the school's own accounts (OpenID Connect), configured by properties or the
 * environment; none by default. For example, for Microsoft Entra ID:
 * {@code CODEWIJZER_SSO_PROVIDERS_MICROSOFT_KIND=entra}, {@code ..._TENANT=<tenant id>},
 * {@code ..._CLIENTID=...}, {@code ..._CLIENTSECRET=...}. See the README and
 * docs/decisions/0024-school-account-sign-in.md.
 *
 * @param providers             by registration id (also the last part of the redirect URI
 *                              {@code /login/oauth2/code/<id>}), in the order the login page shows them
 * @param createUnknown         whether a verified account of an allowed tenant or domain that matches
 *                              nobody becomes a new Medewerker (off: such an account is refused)
 * @param createUnknownClaim    with {@code createUnknown}: only accounts whose claim of this name
 *                              (e.g. {@code groups}) holds {@code createUnknownClaimValue}
 * @param passwordLogin         false: nobody signs in with a password, except {@code breakGlassEmail}
 * @param breakGlassEmail       the one beheerder who keeps a password when password login is off
 */
@ConfigurationProperties("codewijzer.sso")
record SchoolAccountSettings(
        @DefaultValue Map<String, Provider> providers,
        @DefaultValue("false") boolean createUnknown,
        @Nullable String createUnknownClaim,
        @Nullable String createUnknownClaimValue,
        @DefaultValue("true") boolean passwordLogin,
        @Nullable String breakGlassEmail) {

    /** What kind of issuer a provider is: it decides the claims read and the default endpoints. */
    enum Kind {
        /** Microsoft Entra ID (Microsoft 365): subject is tenant id + object id, tenants allow-listed. */
        ENTRA,
        /** Google Workspace: subject is {@code sub}, hosted domains ({@code hd}) allow-listed. */
        GOOGLE,
        /** Any other OpenID Connect issuer (SURFconext, Entree Federatie): subject is {@code sub}. */
        OIDC
    }

    /**
     * One provider.
     *
     * @param name           the button text after "Inloggen met" (default: Microsoft, Google, or the id)
     * @param tenant         Entra: the tenant id whose endpoints are used ("organizations" for several)
     * @param allowedTenants Entra: tenant ids whose accounts may sign in (default: {@code tenant})
     * @param allowedDomains Google: hosted domains ({@code hd}); other issuers: e-mail domains (empty: any)
     * @param issuerUri      an issuer to discover the endpoints from; required for {@code oidc}, and
     *                       replaces Entra's or Google's fixed endpoints when set
     */
    record Provider(
            @DefaultValue("oidc") String kind,
            @Nullable String name,
            @Nullable String clientId,
            @Nullable String clientSecret,
            @Nullable String tenant,
            @DefaultValue List<String> allowedTenants,
            @DefaultValue List<String> allowedDomains,
            @Nullable String issuerUri,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

        Kind kindOf() {
            return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        }

        String label(String registrationId) {
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
            return switch (kindOf()) {
                case ENTRA -> "Microsoft";
                case GOOGLE -> "Google";
                case OIDC -> registrationId;
            };
        }

        /** Entra: the tenants allowed; the configured tenant itself when it is one (not "organizations"). */
        Set<String> tenantsAllowed() {
            var allowed = lowerCased(allowedTenants);
            if (allowed.isEmpty() && tenant != null && !SchoolProviders.isTenantGroup(tenant)) {
                return Set.of(tenant.strip().toLowerCase(Locale.ROOT));
            }
            return allowed;
        }

        Set<String> domainsAllowed() {
            return lowerCased(allowedDomains);
        }

        private static Set<String> lowerCased(List<String> values) {
            return values.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).filter(value -> !value.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    boolean enabled() {
        return !providers.isEmpty();
    }

    /** Whether this e-mail may still sign in with a password. */
    boolean passwordAllowedFor(String email) {
        return passwordLogin || (breakGlassEmail != null
                && breakGlassEmail.strip().equalsIgnoreCase(email.strip()));
    }
}
