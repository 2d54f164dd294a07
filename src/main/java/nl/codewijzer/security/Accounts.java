package nl.codewijzer.security;

import java.util.Optional;

/**
 * Storage of login accounts. The staff module owns people and implements this; security only
 * depends on the interface, so the arrow runs staff → security and never back.
 */
public interface Accounts {

    /** Looks up an account by login e-mail, ignoring case and surrounding spaces. */
    Optional<Account> findByEmail(String email);

    /** Looks up an account by the person's id (a school account linked to them). */
    Optional<Account> findById(long personId);

    /**
     * Adds a person as Medewerker, starting today, for a verified school account that matched nobody
     * (only when the school switched that on). They join as any new colleague does.
     */
    Account enrolFromSchoolAccount(String fullName, String email);

    /** Stores a new password hash chosen by the person themself and clears the "must change" flag. */
    void storeChosenPassword(long personId, String passwordHash);

    /** Remembers the person's UI language ("nl" or "en"). */
    void storePreferredLanguage(long personId, String language);
}
