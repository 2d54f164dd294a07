package nl.codewijzer.security;

import org.springframework.security.authentication.AccountStatusException;

/** The school signs in with school accounts only, and this person is not the break-glass beheerder. */
public final class PasswordLoginOff extends AccountStatusException {

    PasswordLoginOff() {
        super("Password login is switched off");
    }
}
