package nl.codewijzer;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Keeps each open push connection small. On a team day every phone holds one WebSocket for hours, so
 * what a connection costs is paid 150 times over (decision 0013):
 * <ul>
 * <li>Atmosphere gives every WebSocket a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
 *     (Vaadin sets 16 KB, so 48 KB of heap) that it only ever clears, on close. A small size frees that.</li>
 * <li>Tomcat gives every WebSocket an 8 KB byte and an 8,000-character buffer for messages from the browser.
 *     Our browsers send nothing over the WebSocket (push runs as WEBSOCKET_XHR: requests go over HTTP), so
 *     they start at 1 KB; Tomcat still grows them, up to the limit Vaadin sets, should a message come.</li>
 * <li>Tomcat negotiates per-message compression (permessage-deflate) whenever the browser offers it: a
 *     zlib inflater and deflater per connection, about 50 KB of heap and a few hundred KB of native memory.
 *     Push messages here are a few hundred bytes of JSON, so the WebSocket goes uncompressed.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushConnections {

    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";
    /** Bytes (or characters) to start with: room enough for Atmosphere's heartbeats; nothing of ours passes. */
    static final int SMALL_BUFFER = 1024;

    /**
     * How soon a browser whose push connection closed tries again: 1 s instead of Atmosphere's 5 s. A
     * phone that drops off the school Wi-Fi for a moment, or a laptop that wakes, then catches up with
     * the team day within about a second of being back, not after up to five (issue 19, item 7; with
     * MeetingFeed's resync). A server that is down gets one attempt a second from each open page.
     */
    static final String PUSH_RECONNECT_INTERVAL_MS = "1000";

    /**
     * The same for a request from the browser that failed while it was offline (a click, a heartbeat): Vaadin
     * tries it again after 5 s by default, so a console that had a request under way when the wifi dropped
     * caught up 10 s after being back (team-day benchmark, decision 0042); now after 1 s.
     */
    static final int REQUEST_RETRY_INTERVAL_MS = 1000;

    @Bean
    VaadinServiceInitListener quickPushReconnect() {
        return event -> event.getSource().addUIInitListener(init -> {
            init.getUI().getPushConfiguration().setParameter("reconnectInterval", PUSH_RECONNECT_INTERVAL_MS);
            init.getUI().getReconnectDialogConfiguration().setReconnectInterval(REQUEST_RETRY_INTERVAL_MS);
        });
    }

    /** Read by Tomcat's WebSocket container when it starts, after the servlet context initializers ran. */
    @Bean
    ServletContextInitializer smallWebSocketMessageBuffers() {
        return context -> {
            context.setInitParameter("org.apache.tomcat.websocket.textBufferSize", String.valueOf(SMALL_BUFFER));
            context.setInitParameter("org.apache.tomcat.websocket.binaryBufferSize", String.valueOf(SMALL_BUFFER));
        };
    }

    /** Vaadin lets an init parameter of its servlet win over the Atmosphere defaults it sets itself. */
    @Bean
    static BeanPostProcessor smallAtmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet
                        && !registration.getInitParameters().containsKey(ATMOSPHERE_BUFFER_SIZE)) {
                    registration.addInitParameter(ATMOSPHERE_BUFFER_SIZE, String.valueOf(SMALL_BUFFER));
                }
                return bean;
            }
        };
    }

    /**
     * Hides the browser's offer of WebSocket extensions from Tomcat's upgrade, which then agrees to none.
     * Runs before Tomcat's WebSocket filter, which upgrades the connection and ends the chain.
     */
    @Bean
    FilterRegistrationBean<Filter> uncompressedWebSockets() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http && http.getHeader(EXTENSIONS_HEADER) != null
                        ? new WithoutExtensionOffer(http) : request,
                response);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("uncompressedWebSockets");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static final class WithoutExtensionOffer extends HttpServletRequestWrapper {

        WithoutExtensionOffer(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = Collections.list(super.getHeaderNames());
            names.removeIf(EXTENSIONS_HEADER::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }
}
