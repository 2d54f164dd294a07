package nl.codewijzer.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.security.internal.SsoLinkRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-in with a school account (OpenID Connect, authorization code with PKCE), added to the one
 * security configuration only when a provider is configured. A refused or failed sign-in returns to
 * the login page with a calm message (and the password form where allowed); see
 * docs/decisions/0024-school-account-sign-in.md.
 */
@Configuration
@EnableConfigurationProperties(SchoolAccountSettings.class)
class SchoolAccountSignOn {

    /** The login page's query parameter naming why a school-account sign-in did not go through. */
    static final String REFUSED_PARAMETER = "geweigerd";
    /** The login page's query parameter naming the provider to offer signing out of too. */
    static final String SIGNED_OUT_PARAMETER = "afgemeld";
    static final String PROVIDER_UNREACHABLE = "provider-unreachable";
    private static final String CALLBACK_PATH = "/login/oauth2/code/";

    private final SchoolAccountSettings settings;

    SchoolAccountSignOn(SchoolAccountSettings settings) {
        this.settings = settings;
    }

    @Bean
    SchoolProviders schoolProviders(Clock clock) {
        return new SchoolProviders(settings, clock);
    }

    @Bean
    SchoolAccountSignIn schoolAccountSignIn(SchoolProviders providers, Accounts accounts, SsoLinkRepository links,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        return new SchoolAccountSignIn(providers, settings, accounts, links, events, transactions, clock);
    }

    /**
     * ID tokens are validated in full: signature by the provider's published keys, issuer, audience,
     * authorized party, expiry and nonce. For Entra's "organizations" endpoint the issuer names the
     * tenant, so it is checked against the allow-listed tenants instead of one fixed value.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory() {
        var factory = new OidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> {
            var provider = settings.providers().get(registration.getRegistrationId());
            OAuth2TokenValidator<Jwt> standard = new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                    new OidcIdTokenValidator(registration));
            if (provider == null || registration.getProviderDetails().getIssuerUri() != null) {
                return standard;
            }
            return new DelegatingOAuth2TokenValidator<>(standard, entraIssuer(provider));
        });
        return factory;
    }

    private static OAuth2TokenValidator<Jwt> entraIssuer(SchoolAccountSettings.Provider provider) {
        return token -> {
            var tenant = token.getClaimAsString("tid");
            var expected = tenant == null ? null : "https://login.microsoftonline.com/" + tenant + "/v2.0";
            var issuer = token.getIssuer();
            boolean allowed = tenant != null && expected != null
                    && provider.tenantsAllowed().contains(tenant.toLowerCase(Locale.ROOT))
                    && issuer != null && expected.equals(issuer.toString());
            return allowed ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_id_token", "issuer of another tenant", null));
        };
    }

    /** Adds the school-account login to the security configuration; nothing when no provider is configured. */
    void configure(HttpSecurity http, SchoolProviders providers, SchoolAccountSignIn signIn,
            ApplicationEventPublisher events) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        AuthenticationFailureHandler failures = (request, response, exception) -> refused(request, response, exception, events);
        http.oauth2Login(login -> login
                .loginPage("/" + LoginRoutes.LOGIN)
                .clientRegistrationRepository(providers)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
    }

    /** Logging out returns to the login page, which offers to sign out at the provider too where it can. */
    LogoutSuccessHandler logoutSuccessHandler(SchoolProviders providers) {
        var handler = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                return "/" + LoginRoutes.LOGIN;
            }

            @Override
            public void onLogoutSuccess(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Authentication authentication) throws IOException {
                var target = "/" + LoginRoutes.LOGIN;
                if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                        && user.signInProvider() != null && providers.endSessionUrl(user.signInProvider()).isPresent()) {
                    target = "/" + LoginRoutes.LOGIN + "?" + SIGNED_OUT_PARAMETER + "=" + user.signInProvider();
                }
                // Spring's filter always passes the response; the interface merely allows none
                getRedirectStrategy().sendRedirect(request, java.util.Objects.requireNonNull(response), target);
            }
        };
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    private void refused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception, ApplicationEventPublisher events) throws IOException {
        String reason;
        if (exception instanceof SchoolAccountRefusal refusal) {
            events.publishEvent(refusal.event());
            reason = refusal.reason().code();
        } else if (causedBy(exception, SchoolProviders.ProviderUnreachable.class)) {
            events.publishEvent(new SchoolAccountRefused(provider(request), PROVIDER_UNREACHABLE, null, null));
            reason = PROVIDER_UNREACHABLE;
        } else {
            // state or nonce mismatch, an expired or replayed response, a token the provider would not give
            var code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            events.publishEvent(new SchoolAccountRefused(provider(request), code, null, null));
            reason = "failed";
        }
        response.sendRedirect(request.getContextPath() + "/" + LoginRoutes.LOGIN + "?" + REFUSED_PARAMETER + "=" + reason);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private String provider(HttpServletRequest request) {
        var path = request.getRequestURI();
        var at = path.indexOf(CALLBACK_PATH);
        var authorization = path.indexOf(OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/");
        var named = at >= 0 ? path.substring(at + CALLBACK_PATH.length())
                : authorization >= 0 ? path.substring(path.lastIndexOf('/') + 1) : "";
        // only a configured id reaches the audit trail, never whatever a visitor typed into the address
        return settings.providers().containsKey(named) ? named : "";
    }

    static List<String> reasons() {
        return List.of("unknown-account", "account-deactivated", "wrong-tenant", "wrong-domain", "email-not-verified",
                "other-account-linked", PROVIDER_UNREACHABLE, "failed");
    }
}
