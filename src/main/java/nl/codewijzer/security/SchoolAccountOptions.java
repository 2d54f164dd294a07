package nl.codewijzer.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

/** What the login page offers: a button per configured school-account provider, and whether the password form shows. */
@Component
public class SchoolAccountOptions {

    /** One button: "Inloggen met {label}", a plain link that starts the provider's sign-in. */
    public record Button(String providerId, String label, String href) {
    }

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

    public Optional<String> label(String providerId) {
        return providers.provider(providerId).map(provider -> provider.label(providerId));
    }

    /** Where to sign out at the provider too, if it offers that. */
    public Optional<String> endSessionUrl(String providerId) {
        return providers.endSessionUrl(providerId);
    }
}
