package nl.codewijzer.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The browser-hardening headers on every response: pages, Vaadin's own requests (UIDL, uploads,
 * downloads such as PDFs), static files, errors. A servlet filter and not Spring Security's header
 * writer, because Vaadin lets the pages anyone may open (the login page, the verification page)
 * and its static resources bypass the security filter chain, which then writes no header at all.
 *
 * <p>The Content-Security-Policy is the one Vaadin Flow documents as needed: its bootstrap page
 * starts the client engine with an inline script, and the engine builds functions from the
 * JavaScript the server sends ({@code 'unsafe-inline' 'unsafe-eval'}), and components set inline
 * styles. Everything else is held to this server: no foreign scripts, styles, fonts, images,
 * frames, form targets or connections (the push WebSocket goes to this server, which
 * {@code 'self'} covers). No page may be framed anywhere ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options: DENY} for older browsers; a Vaadin {@code SAMEORIGIN} is held off).
 *
 * <p>Strict-Transport-Security only on a request that arrived over https: directly, or through a
 * proxy that says so in {@code X-Forwarded-Proto} when {@code server.forward-headers-strategy} is
 * set. On plain http it would mean nothing to the browser.
 */
@Configuration
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Full screen stays allowed for this site: the projector view asks for it. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "midi=()", "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()",
            "fullscreen=(self)");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final String FRAME_OPTIONS = "X-Frame-Options";

    @Bean
    FilterRegistrationBean<Filter> securityHeadersFilter() {
        Filter filter = (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                answer.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                answer.setHeader("X-Content-Type-Options", "nosniff");
                answer.setHeader("Referrer-Policy", "same-origin");
                answer.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
                answer.setHeader(FRAME_OPTIONS, "DENY");
                if (http.isSecure()) {
                    answer.setHeader("Strict-Transport-Security", HSTS);
                }
                chain.doFilter(request, new FramesDenied(answer));
            } else {
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("securityHeaders");
        // Before Spring Security's chain and Vaadin's servlet, which may commit the response.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Keeps {@code X-Frame-Options: DENY}: later writers (Vaadin's bootstrap says SAMEORIGIN) are ignored. */
    private static final class FramesDenied extends HttpServletResponseWrapper {

        FramesDenied(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
