package nl.codewijzer.provisioning.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.codewijzer.provisioning.ScimTokens;
import nl.codewijzer.security.SystemActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The SCIM endpoint's own security chain, before the app's: no session, no CSRF token (the caller
 * is a server presenting a bearer token, not a browser), and every request needs the active token.
 * A wrong or missing token gets 401 in SCIM's error format; a valid one makes the request run as
 * the directory ("SCIM" on the audit trail).
 */
@Configuration
class ScimSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain scimSecurityFilterChain(HttpSecurity http, ScimTokens tokens) throws Exception {
        http.securityMatcher("/scim/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(SystemActor.PROVISIONING))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, denied) ->
                        unauthorized(response)))
                .addFilterBefore(new BearerToken(tokens), AuthorizationFilter.class);
        return http.build();
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"codewijzer-scim\"");
        response.setContentType(ScimEndpoint.SCIM_JSON.toString());
        response.getOutputStream().write(("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                + "\"status\":\"401\",\"detail\":\"A valid bearer token is required\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static final class BearerToken extends OncePerRequestFilter {

        private final ScimTokens tokens;

        BearerToken(ScimTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var header = request.getHeader("Authorization");
            var token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
            if (!tokens.accepts(token)) {
                unauthorized(response);
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SystemActor.provisioning());
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
