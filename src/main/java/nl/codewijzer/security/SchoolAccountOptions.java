package nl.codewijzer.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/** What the login page offers: a button per configured school-account provider, and whether the password form shows. */
@Component
public class SchoolAccountOptions {

    /** One button: "Inloggen met {label}", a plain link that starts the provider's sign-in. */
    public record Button(String providerId, String label, String href) {
    }

    /** Headers that describe a request's body: a saved GET has none. */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length");

    private final SchoolProviders providers;
    private final SchoolAccountSettings settings;

    SchoolAccountOptions(SchoolProviders providers, SchoolAccountSettings settings) {
        this.providers = providers;
        this.settings = settings;
    }

    public List<Button> buttons() {
        return providers.buttons().stream().map(button -> new Button(button.registrationId(), button.label(),
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI.substring(1) + "/"
                        + button.registrationId())).toList();
    }

    /** False when the school switched password login off (only the break-glass beheerder keeps it). */
    public boolean passwordLogin() {
        return settings.passwordLogin();
    }

    /** Whether this person may sign in with a password: always, unless the school switched that off (then only the break-glass beheerder). */
    public boolean passwordAllowedFor(String email) {
        return settings.passwordAllowedFor(email);
    }

    /**
     * After the next sign-in in this browser session, school account or password, go to this route
     * (such as the sign flow) rather than the start page: the address is saved as if the browser had
     * asked for it before it was sent to sign in.
     */
    // Spring Security documents null as "no marker parameter" (a plain saved GET) but does not annotate it
    @SuppressWarnings("NullAway")
    public void continueAfterSignIn(String route) {
        var current = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (current == null || response == null) {
            return;
        }
        var request = current.getHttpServletRequest();
        var path = request.getContextPath() + "/" + route;
        var asked = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getRequestURI() {
                return path;
            }

            @Override
            public StringBuffer getRequestURL() {
                return new StringBuffer(request.getScheme() + "://" + request.getServerName() + ":"
                        + request.getServerPort() + path);
            }

            @Override
            public String getServletPath() {
                return "/" + route;
            }

            @Override
            public @Nullable String getPathInfo() {
                return null;
            }

            @Override
            public @Nullable String getQueryString() {
                return null;
            }

            // Once signed in, the browser's GET of that address is replayed with the saved request's
            // parameters and headers: none of the page request's (a Vaadin UIDL call) may come along.
            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public @Nullable String getParameter(String name) {
                return null;
            }

            @Override
            public String @Nullable [] getParameterValues(String name) {
                return null;
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(request.getHeaderNames()).stream()
                        .filter(header -> !BODY_HEADERS.contains(header.toLowerCase(Locale.ROOT))).toList());
            }

            @Override
            public @Nullable String getHeader(String name) {
                return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? null : request.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
                        : request.getHeaders(name);
            }
        };
        var cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.saveRequest(asked, response.getHttpServletResponse());
    }

    public Optional<String> label(String providerId) {
        return providers.provider(providerId).map(provider -> provider.label(providerId));
    }

    /** Where to sign out at the provider too, if it offers that. */
    public Optional<String> endSessionUrl(String providerId) {
        return providers.endSessionUrl(providerId);
    }
}
