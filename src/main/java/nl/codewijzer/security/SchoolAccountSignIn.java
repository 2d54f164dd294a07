package nl.codewijzer.security;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import nl.codewijzer.security.SchoolAccountRefusal.Reason;
import nl.codewijzer.security.SchoolAccountSettings.Kind;
import nl.codewijzer.security.internal.SsoLinkRecord;
import nl.codewijzer.security.internal.SsoLinkRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides who a school account is, after Spring Security has validated the ID token in full
 * (issuer, audience, signature by the provider's keys, nonce, expiry; PKCE and state before that).
 * Only known, active people get in: first matched by a verified e-mail address, from then on by the
 * provider's stable subject (Entra ID: tenant id + object id; others: {@code sub}), so a changed
 * address does not break the link. Tenants and domains not on the allow-list are refused before
 * anything is looked up. Roles always come from Codewijzer. See
 * docs/decisions/0024-school-account-sign-in.md.
 */
final class SchoolAccountSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final SchoolProviders providers;
    private final SchoolAccountSettings settings;
    private final Accounts accounts;
    private final SsoLinkRepository links;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SchoolAccountSignIn(SchoolProviders providers, SchoolAccountSettings settings, Accounts accounts,
            SsoLinkRepository links, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.providers = providers;
        this.settings = settings;
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var oidcUser = standard.loadUser(request);
        var providerId = request.getClientRegistration().getRegistrationId();
        var provider = providers.provider(providerId).orElseThrow();
        var account = transaction.execute(status -> match(providerId, provider, oidcUser.getClaims()));
        return new SchoolAccountUser(java.util.Objects.requireNonNull(account), providerId, oidcUser.getIdToken());
    }

    /** Who these validated claims belong to; throws {@link SchoolAccountRefusal} for anyone who may not sign in. */
    Account match(String providerId, SchoolAccountSettings.Provider provider, Map<String, Object> claims) {
        var kind = provider.kindOf();
        var claimedEmail = lower(text(claims, "email") != null ? text(claims, "email") : text(claims, "preferred_username"));
        checkTenantOrDomain(providerId, provider, kind, claims, claimedEmail);
        var subject = subject(kind, claims);
        var now = clock.instant();

        var link = links.findByProviderAndSubject(providerId, subject);
        if (link.isPresent()) {
            var personId = link.get().personId();
            var account = accounts.findById(personId).filter(Account::active)
                    .orElseThrow(() -> new SchoolAccountRefusal(Reason.ACCOUNT_DEACTIVATED, providerId, null, personId));
            link.get().signedIn(now);
            return account;
        }

        var email = verifiedEmail(kind, claims);
        if (email == null) {
            throw new SchoolAccountRefusal(Reason.EMAIL_NOT_VERIFIED, providerId, claimedEmail, null);
        }
        var found = accounts.findByEmail(email);
        boolean created = false;
        Account account;
        if (found.isPresent()) {
            account = found.get();
        } else if (settings.createUnknown() && carriesStaffClaim(claims)) {
            account = accounts.enrolFromSchoolAccount(displayName(claims, email), email);
            created = true;
        } else {
            throw new SchoolAccountRefusal(Reason.UNKNOWN_ACCOUNT, providerId, email, null);
        }
        if (!account.active()) {
            throw new SchoolAccountRefusal(Reason.ACCOUNT_DEACTIVATED, providerId, null, account.personId());
        }
        if (links.findByPersonIdAndProvider(account.personId(), providerId).isPresent()) {
            // Another account of this provider is linked already: only the beheerder may undo that.
            throw new SchoolAccountRefusal(Reason.OTHER_ACCOUNT_LINKED, providerId, null, account.personId());
        }
        links.save(new SsoLinkRecord(account.personId(), providerId, subject, email, now));
        events.publishEvent(new SchoolAccountLinked(account.personId(), providerId, created));
        return account;
    }

    private static void checkTenantOrDomain(String providerId, SchoolAccountSettings.Provider provider, Kind kind,
            Map<String, Object> claims, @Nullable String claimedEmail) {
        switch (kind) {
            case ENTRA -> {
                var tenant = lower(text(claims, "tid"));
                if (tenant == null || !provider.tenantsAllowed().contains(tenant)) {
                    throw new SchoolAccountRefusal(Reason.WRONG_TENANT, providerId, claimedEmail, null);
                }
            }
            case GOOGLE -> {
                var hostedDomain = lower(text(claims, "hd"));
                if (!provider.domainsAllowed().isEmpty()
                        && (hostedDomain == null || !provider.domainsAllowed().contains(hostedDomain))) {
                    throw new SchoolAccountRefusal(Reason.WRONG_DOMAIN, providerId, claimedEmail, null);
                }
            }
            case OIDC -> {
                var domain = claimedEmail == null ? null : claimedEmail.substring(claimedEmail.indexOf('@') + 1);
                if (!provider.domainsAllowed().isEmpty() && (domain == null || !provider.domainsAllowed().contains(domain))) {
                    throw new SchoolAccountRefusal(Reason.WRONG_DOMAIN, providerId, claimedEmail, null);
                }
            }
        }
    }

    /** Entra's object id is the same for every app of the tenant and never reassigned; elsewhere {@code sub}. */
    private static String subject(Kind kind, Map<String, Object> claims) {
        var sub = java.util.Objects.requireNonNull(text(claims, "sub"));
        if (kind == Kind.ENTRA) {
            var tenant = text(claims, "tid");
            var objectId = text(claims, "oid");
            if (tenant != null && objectId != null) {
                return lower(tenant) + "/" + lower(objectId);
            }
        }
        return sub;
    }

    /**
     * The address the provider vouches for. Entra ID sends no {@code email_verified}: an address
     * ({@code email}, else {@code preferred_username}) counts only because the tenant is on the
     * allow-list, so only the school's own administrators can have set it. Others must say
     * {@code email_verified: true}.
     */
    private static @Nullable String verifiedEmail(Kind kind, Map<String, Object> claims) {
        if (kind == Kind.ENTRA) {
            var email = lower(text(claims, "email"));
            if (email == null || !email.contains("@")) {
                email = lower(text(claims, "preferred_username"));
            }
            return email != null && email.contains("@") ? email : null;
        }
        var verified = claims.get("email_verified");
        boolean vouched = Boolean.TRUE.equals(verified) || "true".equalsIgnoreCase(String.valueOf(verified));
        var email = lower(text(claims, "email"));
        return vouched && email != null && email.contains("@") ? email : null;
    }

    private boolean carriesStaffClaim(Map<String, Object> claims) {
        var name = settings.createUnknownClaim();
        var expected = settings.createUnknownClaimValue();
        if (name == null || name.isBlank() || expected == null || expected.isBlank()) {
            return true;
        }
        var value = claims.get(name.strip());
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(each -> expected.strip().equals(String.valueOf(each)));
        }
        return value != null && expected.strip().equals(String.valueOf(value));
    }

    private static String displayName(Map<String, Object> claims, String email) {
        var name = text(claims, "name");
        if (name == null) {
            var given = text(claims, "given_name");
            var family = text(claims, "family_name");
            name = given == null && family == null ? null
                    : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name;
    }

    private static @Nullable String text(Map<String, Object> claims, String name) {
        var value = claims.get(name);
        if (value == null) {
            return null;
        }
        var text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
