package nl.codewijzer.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused by {@link LoginThrottle} without looking at the password: wait a moment,
 * or ({@link Locked}) a quarter of an hour. Spring Security publishes no failure event for it (the
 * audit trail records the lock itself, not every refused try of a guesser); the login page shows a
 * calm message that fits an e-mail of nobody too.
 */
public class LoginThrottled extends AuthenticationException {

    LoginThrottled() {
        this("Too many failed attempts: wait a moment");
    }

    private LoginThrottled(String message) {
        super(message);
    }

    /** Locked for a quarter of an hour, rather than asked to wait a few seconds. */
    public static final class Locked extends LoginThrottled {

        Locked() {
            super("Too many failed attempts: locked for a while");
        }
    }
}
