package nl.codewijzer.provisioning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.codewijzer.base.Sha256;
import nl.codewijzer.provisioning.internal.ScimToken;
import nl.codewijzer.provisioning.internal.ScimTokenRepository;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's bearer token. The beheerder makes one (shown once, to paste into Entra ID's
 * "Secret token"), makes a new one (the old one stops working at once) or revokes it. Only the
 * SHA-256 is stored: the token is 256 random bits, so a plain hash is enough (no salt or slow hash
 * needed, unlike a password).
 */
@Service
public class ScimTokens {

    /** The last use is written at most this often, not on every one of Entra's requests. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the beheerder sees about the current token; never the token itself. */
    public record Status(boolean active, @Nullable Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    private final ScimTokenRepository tokens;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScimTokens(ScimTokenRepository tokens, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional(readOnly = true)
    public Status status() {
        return tokens.active().stream().findFirst()
                .map(token -> new Status(true, token.createdAt(), token.lastUsedAt()))
                .orElse(new Status(false, null, null));
    }

    /** A new token; any earlier one stops working. The returned text is shown once and never again. */
    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional
    public String generate() {
        var now = clock.instant();
        tokens.active().forEach(token -> token.revoke(now));
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var saved = tokens.save(new ScimToken(Sha256.hex(token), currentUser.require().personId(), now));
        events.publishEvent(new ScimTokenChanged(saved.id(), true));
        return token;
    }

    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional
    public void revoke() {
        var now = clock.instant();
        for (var token : tokens.active()) {
            token.revoke(now);
            events.publishEvent(new ScimTokenChanged(token.id(), false));
        }
    }

    /**
     * Whether this bearer token is the active one; notes its use. Called by the endpoint's security
     * filter before anyone is authenticated: the token is the proof.
     */
    @PreAuthorize(Role.Require.ANYONE)
    @Transactional
    public boolean accepts(@Nullable String bearer) {
        if (bearer == null || bearer.isBlank() || bearer.length() > 200) {
            return false;
        }
        Optional<ScimToken> found = tokens.findByTokenSha256(Sha256.hex(bearer.strip()));
        if (found.isEmpty() || found.get().revoked()) {
            return false;
        }
        var now = clock.instant();
        var last = found.get().lastUsedAt();
        if (last == null || !now.isBefore(last.plus(LAST_USE_RESOLUTION))) {
            found.get().used(now);
        }
        return true;
    }

}
