package nl.codewijzer.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Why a school account may not sign in; the login flow's failure handler shows the matching page. */
final class SchoolAccountRefusal extends OAuth2AuthenticationException {

    enum Reason {
        /** No active person has this verified e-mail, and creating one is off. */
        UNKNOWN_ACCOUNT,
        /** The person the account belongs to has left. */
        ACCOUNT_DEACTIVATED,
        /** Entra: a tenant not on the allow-list. */
        WRONG_TENANT,
        /** Google: a hosted domain (or other issuers: an e-mail domain) not on the allow-list. */
        WRONG_DOMAIN,
        /** The provider did not vouch for the e-mail address, and no earlier link exists. */
        EMAIL_NOT_VERIFIED,
        /** The person already has another account of this provider linked; the beheerder removes that link first. */
        OTHER_ACCOUNT_LINKED;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String provider;
    private final @Nullable String claimedEmail;
    private final @Nullable Long personId;

    SchoolAccountRefusal(Reason reason, String provider, @Nullable String claimedEmail, @Nullable Long personId) {
        super(new OAuth2Error(reason.code()), reason.code());
        this.reason = reason;
        this.provider = provider;
        this.claimedEmail = claimedEmail;
        this.personId = personId;
    }

    Reason reason() {
        return reason;
    }

    SchoolAccountRefused event() {
        return new SchoolAccountRefused(provider, reason.code(), personId == null ? claimedEmail : null, personId);
    }
}
