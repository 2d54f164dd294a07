package nl.codewijzer.audit.internal;

import java.time.Clock;
import java.util.Locale;
import nl.codewijzer.base.AuditableEvent;
import nl.codewijzer.base.Translations;
import nl.codewijzer.security.Accounts;
import nl.codewijzer.security.SchoolAccountLinked;
import nl.codewijzer.security.SchoolAccountRefused;
import nl.codewijzer.security.SchoolAccountUnlinked;
import nl.codewijzer.security.LoginLockChanged;
import nl.codewijzer.security.SignedInUser;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.PersonPseudonymised;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditableEvent} any module publishes, and Spring Security's login events,
 * with the actor taken from the security context of the publishing thread at that moment.
 */
@Component
class AuditRecorder {

    static final String LOGIN_SUCCEEDED = "login.succeeded";

    private final AuditAppender appender;
    private final AuditChain chain;
    private final Accounts accounts;
    private final Translations translations;
    private final Clock clock;

    AuditRecorder(AuditAppender appender, AuditChain chain, Accounts accounts, Translations translations, Clock clock) {
        this.appender = appender;
        this.chain = chain;
        this.accounts = accounts;
        this.translations = translations;
        this.clock = clock;
    }

    private record Actor(@Nullable Long id, String name) {
    }

    @EventListener
    void on(AuditableEvent event) {
        var actor = actor(SecurityContextHolder.getContext().getAuthentication());
        appender.record(new NewEntry(clock.instant(), actor.id(), actor.name(), event.auditAction(),
                event.auditObjectType(), event.auditObjectId(), event.auditSubjectId(), event.auditDetails()));
    }

    /**
     * The names this person had in the trail go; their digests stay, so the chain still verifies. Rows still
     * waiting to be chained (a server stopped before it chained them, or another server has not yet) are
     * chained first: chained afterwards, they would keep the name in plain text.
     */
    @EventListener
    void on(PersonPseudonymised event) {
        chain.chainPending();
        chain.eraseNames(event.personId());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var actor = actor(event.getAuthentication());
        var provider = event.getAuthentication().getPrincipal() instanceof SignedInUser user ? user.signInProvider() : null;
        appender.record(new NewEntry(clock.instant(), actor.id(), actor.name(), LOGIN_SUCCEEDED, "person",
                actor.id() == null ? "" : Long.toString(actor.id()), actor.id(),
                provider == null ? "" : "provider=" + provider));
    }

    /** A school account was linked at its first sign-in; the actor is the person signing in. */
    @EventListener
    void on(SchoolAccountLinked event) {
        var actor = actor(SecurityContextHolder.getContext().getAuthentication());
        appender.record(new NewEntry(clock.instant(), actor.id(), actor.name(), "sso.linked", "person",
                Long.toString(event.personId()), event.personId(),
                "provider=" + event.provider() + (event.personCreated() ? "; created=true" : "")));
    }

    @EventListener
    void on(SchoolAccountUnlinked event) {
        var actor = actor(SecurityContextHolder.getContext().getAuthentication());
        appender.record(new NewEntry(clock.instant(), actor.id(), actor.name(), "sso.unlinked", "person",
                Long.toString(event.personId()), event.personId(), "provider=" + event.provider()));
    }

    /**
     * A refused school-account sign-in. As with a failed password login, an e-mail that matched
     * nobody is the actor; a known person (a leaver) is the subject instead.
     */
    @EventListener
    void on(SchoolAccountRefused event) {
        var email = event.claimedEmail();
        appender.record(new NewEntry(clock.instant(), null, email == null ? dutch("audit.actor.anonymous") : email,
                "sso.refused", "person", event.personId() == null ? "" : Long.toString(event.personId()),
                event.personId(), "provider=" + event.provider() + "; reason=" + event.reason()));
    }

    /**
     * A failed login names only the e-mail that was typed (never the password), as the actor: nobody
     * is signed in. When the e-mail is a person's, that person is the subject, so their data export
     * shows the attempt and pseudonymising them erases the e-mail here too.
     */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var typed = event.getAuthentication().getName() == null ? ""
                : event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
        var person = typed.isEmpty() ? null : accounts.findByEmail(typed).map(account -> account.personId()).orElse(null);
        appender.record(new NewEntry(clock.instant(), null, typed.isEmpty() ? dutch("audit.actor.anonymous") : typed,
                AuditChain.LOGIN_FAILED, "person", person == null ? "" : Long.toString(person), person,
                "reason=" + reason(event.getException())));
    }

    /** A lock after too many failed logins (nobody is signed in), or the beheerder lifting one. */
    @EventListener
    void on(LoginLockChanged event) {
        var email = event.email();
        var person = email == null || email.isEmpty() ? null
                : accounts.findByEmail(email).map(account -> account.personId()).orElse(null);
        var actor = event.action().equals(LoginLockChanged.LOCKED)
                ? new Actor(null, dutch("audit.actor.system"))
                : actor(SecurityContextHolder.getContext().getAuthentication());
        appender.record(new NewEntry(clock.instant(), actor.id(), actor.name(), event.action(), "login", event.key(),
                person, event.details()));
    }

    private Actor actor(@Nullable Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new Actor(null, dutch("audit.actor.anonymous"));
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return new Actor(user.personId(), user.fullName());
        }
        boolean system = authentication.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + SystemActor.SYSTEM).equals(granted.getAuthority()));
        if (system) {
            return new Actor(null, dutch("audit.actor.system"));
        }
        if (authentication.getPrincipal() instanceof UserDetails details) {
            return new Actor(null, details.getUsername());
        }
        return new Actor(null, authentication.getName());
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof DisabledException) {
            return "account-deactivated";
        }
        if (exception instanceof nl.codewijzer.security.PasswordLoginOff) {
            return "password-login-off";
        }
        if (exception instanceof LockedException) {
            return "account-locked";
        }
        if (exception instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        return exception.getClass().getSimpleName();
    }

    private String dutch(String key) {
        return translations.getTranslation(key, Translations.DUTCH);
    }
}
