package nl.codewijzer.security;

import java.util.List;

/**
 * Logins the login page may show. Only the demo school provides these, and only while demo mode is
 * on; a real school has no bean of this type, so the list stays hidden.
 */
public interface LoginHints {

    /** One demo login: the e-mail and the resource key describing who this is. */
    record Hint(String email, String descriptionKey) {
    }

    List<Hint> hints();

    /** The shared demo password shown beside the list. */
    String password();
}
