package nl.codewijzer.base;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where Codewijzer is reached, for every link, QR code and printed address (decision 0021):
 * <ol>
 * <li>the configured {@link BaseUrl}, when set;</li>
 * <li>otherwise the address the current browser request came to, as a reverse proxy forwarded it
 * ({@code X-Forwarded-Proto/Host/Port}, honoured from the proxies Tomcat trusts; see
 * {@code server.forward-headers-strategy});</li>
 * <li>without a request (a scheduled job), the address a signed-in person last used;</li>
 * <li>otherwise none: callers then say so rather than guess {@code localhost}.</li>
 * </ol>
 * Documents for outsiders (certificates, the register) never print a loopback address: a reader
 * elsewhere cannot reach it.
 */
@Component
public class PublicAddress {

    private final BaseUrl baseUrl;
    private final AtomicReference<@Nullable String> lastSeen = new AtomicReference<>();

    public PublicAddress(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The address for a link shown or sent now; empty when there is no way to know it. */
    public Optional<String> known() {
        return baseUrl.configured().or(this::ofCurrentRequest).or(() -> Optional.ofNullable(lastSeen.get()));
    }

    /** The full address of an app route (without a leading slash), or just its path when the address is unknown. */
    public String link(String route) {
        return known().orElse("") + "/" + route;
    }

    /** The address to print in a document meant for people outside this machine: never a loopback address. */
    public Optional<String> forOutsiders() {
        return known().filter(address -> !isLoopback(address));
    }

    /** The configured address, if any. */
    public Optional<String> configured() {
        return baseUrl.configured();
    }

    /** The address the current browser request came to (scheme, host, port if not the default, context path). */
    public Optional<String> ofCurrentRequest() {
        return currentRequest().map(PublicAddress::addressOf);
    }

    /**
     * The address the browser used now, when it differs from the configured one: links in mails and
     * documents then point elsewhere than where this person reached the app.
     */
    public Optional<String> mismatch() {
        var configured = baseUrl.configured();
        var used = ofCurrentRequest();
        if (configured.isEmpty() || used.isEmpty() || sameAddress(configured.get(), used.get())) {
            return Optional.empty();
        }
        return used;
    }

    /** Remembers the address a signed-in person used, for links made without a request. */
    public void noticeSignedInRequest(HttpServletRequest request) {
        if (baseUrl.configured().isEmpty()) {
            lastSeen.set(addressOf(request));
        }
    }

    static String addressOf(HttpServletRequest request) {
        var scheme = request.getScheme().toLowerCase(Locale.ROOT);
        var host = request.getServerName();
        int port = request.getServerPort();
        // a forwarded host may carry its own port ("school.nl:8443")
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.endsWith("]") && host.indexOf(':') == colon) {
            try {
                port = Integer.parseInt(host.substring(colon + 1));
                host = host.substring(0, colon);
            } catch (NumberFormatException notAPort) {
                // leave the host as it is
            }
        }
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static boolean sameAddress(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String address) {
        try {
            var uri = URI.create(address);
            var scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            var path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port + path;
        } catch (IllegalArgumentException unparsable) {
            return address.toLowerCase(Locale.ROOT);
        }
    }

    static boolean isLoopback(String address) {
        try {
            var host = URI.create(address).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                    || host.equals("[::1]") || host.equals("::1") || host.equals("0.0.0.0");
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static Optional<HttpServletRequest> currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        var vaadin = VaadinServletRequest.getCurrent();
        return vaadin == null ? Optional.empty() : Optional.of(vaadin.getHttpServletRequest());
    }
}
