package nl.codewijzer.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.codewijzer.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The one security configuration. Views declare their access with JSR-250 annotations, read by
 * Vaadin's navigation access control; services check again with {@code @PreAuthorize} (see
 * {@link Role.Require}), because a view annotation does not protect a service call.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * No Micrometer observations of Spring Security's own work. Every {@code @PreAuthorize} check
     * was wrapped in an observation with a timer and sorted tags (about 12 % of a sign's CPU,
     * issue 12), which nothing reads: Actuator exposes only the health endpoint and no metrics are
     * exported. With this bean the wrappers are not built at all.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Vaadin's own CSRF set-up exempts the login form from Spring's token check; we keep everything
     * else it does (its internal requests carry Vaadin's own token) but check the login form too, so
     * a foreign page cannot sign a visitor in to the attacker's account (login CSRF). The form sends
     * the token by itself: the login page carries it in a meta tag that Vaadin's login form reads.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SchoolAccountSignOn schoolAccounts,
            SchoolProviders providers, SchoolAccountSignIn signIn, ApplicationEventPublisher events,
            RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico").permitAll()
                // The health check for the load balancer; Actuator exposes no other endpoint (application.properties).
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        schoolAccounts.configure(http, providers, signIn, events);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .logoutSuccessHandler(schoolAccounts.logoutSuccessHandler(providers))).build();
    }

    /**
     * After logging in, the browser goes back to the address it asked for as it was: Spring's
     * default adds "?continue" to it, which left a phone that scanned the team day's QR code on
     * "/doemee/K7MQ3X?continue".
     */
    @Autowired
    // Spring Security documents null as "no marker parameter" but does not annotate the parameter
    @SuppressWarnings("NullAway")
    void returnToTheSavedAddressAsItWas(VaadinDefaultRequestCache requestCache) {
        var plain = new HttpSessionRequestCache();
        plain.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(plain);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return email -> accounts.findByEmail(email)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /**
     * Checks the password before it looks at the active flag. Spring's default order checks
     * "disabled" first, which would tell anyone typing an e-mail that a (former) colleague's account
     * exists. Now only someone who knows the password learns that the account was deactivated.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            SchoolAccountSettings schoolAccounts, LoginThrottle throttle) {
        var provider = new ThrottledProvider(users, throttle);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account deactivated");
            }
            if (!schoolAccounts.passwordAllowedFor(user.getUsername())) {
                throw new PasswordLoginOff();
            }
        });
        return provider;
    }

    /**
     * Asks {@link LoginThrottle} before the password is checked, and tells it the outcome. A
     * DaoAuthenticationProvider still, so the form login and {@link PasswordSignIn} both go through it.
     */
    private static final class ThrottledProvider extends DaoAuthenticationProvider {

        private final LoginThrottle throttle;

        ThrottledProvider(UserDetailsService users, LoginThrottle throttle) {
            super(users);
            this.throttle = throttle;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var email = authentication.getName();
            var address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
            var verdict = throttle.admit(email, address);
            if (verdict != LoginThrottle.Verdict.GO) {
                throw verdict == LoginThrottle.Verdict.LOCKED ? new LoginThrottled.Locked() : new LoginThrottled();
            }
            try {
                var result = super.authenticate(authentication);
                throttle.succeeded(email);
                return result;
            } catch (BadCredentialsException wrong) {
                throttle.failed(email, address);
                throw wrong;
            }
        }
    }
}
