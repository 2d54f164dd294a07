package nl.codewijzer.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.codewijzer.security.SchoolAccountSettings.Kind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The configured school-account providers as Spring Security client registrations. Entra ID and
 * Google get their well-known endpoints without a network call; a provider given by issuer is
 * discovered on first use, not at start-up, so an unreachable provider never stops the app (its
 * button then says it cannot be reached, and the password form stays). Every registration asks for
 * PKCE, also as a confidential client.
 */
class SchoolProviders implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SchoolProviders.class);
    /** After a failed discovery, the next sign-in attempt tries again no sooner than this. */
    private static final Duration RETRY_DISCOVERY_AFTER = Duration.ofSeconds(30);
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    private final SchoolAccountSettings settings;
    private final Clock clock;
    private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();

    SchoolProviders(SchoolAccountSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        settings.providers().forEach(SchoolProviders::check);
    }

    /** A button on the login page. */
    record Button(String registrationId, String label) {
    }

    List<Button> buttons() {
        var buttons = new ArrayList<Button>();
        settings.providers().forEach((id, provider) -> buttons.add(new Button(id, provider.label(id))));
        return buttons;
    }

    Optional<SchoolAccountSettings.Provider> provider(String registrationId) {
        return Optional.ofNullable(settings.providers().get(registrationId));
    }

    /**
     * Where a person signed in with this provider can sign out there too (RP-initiated logout), if
     * the provider publishes an end-session endpoint and can be reached.
     */
    Optional<String> endSessionUrl(String registrationId) {
        try {
            var registration = findByRegistrationId(registrationId);
            if (registration == null) {
                return Optional.empty();
            }
            var endpoint = registration.getProviderDetails().getConfigurationMetadata().get(END_SESSION_ENDPOINT);
            return endpoint == null ? Optional.empty()
                    : Optional.of(org.springframework.web.util.UriComponentsBuilder.fromUriString(endpoint.toString())
                            .queryParam("client_id", registration.getClientId()).build().encode().toUriString());
        } catch (ProviderUnreachable unreachable) {
            return Optional.empty();
        }
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        var provider = settings.providers().get(registrationId);
        if (provider == null) {
            return null;
        }
        var known = resolved.get(registrationId);
        if (known != null) {
            return known;
        }
        var failed = failedAt.get(registrationId);
        if (failed != null && clock.instant().isBefore(failed.plus(RETRY_DISCOVERY_AFTER))) {
            throw new ProviderUnreachable(registrationId, null);
        }
        try {
            var registration = build(registrationId, provider);
            resolved.put(registrationId, registration);
            failedAt.remove(registrationId);
            return registration;
        } catch (RuntimeException unreachable) {
            log.warn("School-account provider '{}' could not be discovered: {}", registrationId, unreachable.getMessage());
            failedAt.put(registrationId, clock.instant());
            throw new ProviderUnreachable(registrationId, unreachable);
        }
    }

    /** The provider's configuration could not be read (it is down, or its address is wrong). */
    static final class ProviderUnreachable extends RuntimeException {
        ProviderUnreachable(String registrationId, @Nullable Throwable cause) {
            super("School-account provider '" + registrationId + "' cannot be reached", cause);
        }
    }

    /** "common", "organizations" and "consumers" are not one tenant but groups of them. */
    static boolean isTenantGroup(String tenant) {
        var lower = tenant.strip().toLowerCase(Locale.ROOT);
        return lower.equals("common") || lower.equals("organizations") || lower.equals("consumers");
    }

    private static void check(String id, SchoolAccountSettings.Provider provider) {
        if (!id.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalStateException("codewijzer.sso.providers." + id
                    + ": the id must be 1-40 lower-case letters, digits or '-'");
        }
        Kind kind;
        try {
            kind = provider.kindOf();
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("codewijzer.sso.providers." + id + ".kind must be entra, google or oidc");
        }
        if (blank(provider.clientId())) {
            throw new IllegalStateException("codewijzer.sso.providers." + id + ".client-id is missing");
        }
        if (kind == Kind.OIDC && blank(provider.issuerUri())) {
            throw new IllegalStateException("codewijzer.sso.providers." + id + ".issuer-uri is missing");
        }
        if (kind == Kind.ENTRA && blank(provider.issuerUri()) && blank(provider.tenant())) {
            throw new IllegalStateException("codewijzer.sso.providers." + id + ".tenant is missing (the school's tenant id)");
        }
        if (kind == Kind.ENTRA && provider.tenantsAllowed().isEmpty()) {
            throw new IllegalStateException("codewijzer.sso.providers." + id
                    + ".allowed-tenants is missing: which tenants' accounts may sign in");
        }
    }

    private static ClientRegistration build(String id, SchoolAccountSettings.Provider provider) {
        var issuer = provider.issuerUri();
        var builder = issuer == null || blank(issuer) ? wellKnown(provider)
                : ClientRegistrations.fromIssuerLocation(issuer.strip());
        builder.registrationId(id)
                .clientName(provider.label(id))
                // a provider without a client id is refused when the settings are read
                .clientId(java.util.Objects.requireNonNull(provider.clientId()))
                .redirectUri(REDIRECT_URI)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope(provider.scopes())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (blank(provider.clientSecret())) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(provider.clientSecret()).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        }
        return builder.build();
    }

    private static ClientRegistration.Builder wellKnown(SchoolAccountSettings.Provider provider) {
        var builder = ClientRegistration.withRegistrationId("pending");
        var metadata = new LinkedHashMap<String, Object>();
        if (provider.kindOf() == Kind.GOOGLE) {
            builder.authorizationUri("https://accounts.google.com/o/oauth2/v2/auth")
                    .tokenUri("https://oauth2.googleapis.com/token")
                    .jwkSetUri("https://www.googleapis.com/oauth2/v3/certs")
                    .issuerUri("https://accounts.google.com");
        } else {
            var tenant = java.util.Objects.requireNonNull(provider.tenant()).strip();
            var base = "https://login.microsoftonline.com/" + tenant;
            builder.authorizationUri(base + "/oauth2/v2.0/authorize")
                    .tokenUri(base + "/oauth2/v2.0/token")
                    .jwkSetUri(base + "/discovery/v2.0/keys");
            // For a group of tenants the issuer differs per tenant: SchoolAccountTokens checks it against the allow-list.
            if (!isTenantGroup(tenant)) {
                builder.issuerUri(base + "/v2.0");
            }
            metadata.put(END_SESSION_ENDPOINT, base + "/oauth2/v2.0/logout");
        }
        return builder.providerConfigurationMetadata(metadata);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
