package nl.codewijzer.publication.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public page's own security chain, before the app's: anyone may read it (GET only), no session is
 * made for a reader, and the page may be cached (the app's chain forbids that for everything else).
 */
@Configuration
class PublicPageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain publicPageSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/code/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/code/**").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
