package nl.codewijzer.staff.internal;

import java.time.Clock;
import java.util.Optional;
import nl.codewijzer.security.Account;
import nl.codewijzer.security.Accounts;
import nl.codewijzer.staff.PasswordChosen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login accounts are people. Called by the login itself (before anyone is signed in) and by a
 * person changing their own password, so it has no role check; views never use it.
 */
@Component
class StaffAccounts implements Accounts {

    private final PersonRepository people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAccounts(PersonRepository people, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return people.findByEmail(Person.normalizeEmail(email)).map(person -> new Account(person.id(), person.email(),
                person.fullName(), person.passwordHash(), person.roles(), person.active(), person.mustChangePassword(),
                person.preferredLanguage()));
    }

    @Override
    @Transactional
    public void storeChosenPassword(long personId, String passwordHash) {
        var person = people.findById(personId).orElseThrow();
        person.setChosenPassword(passwordHash, clock.instant());
        events.publishEvent(new PasswordChosen(personId));
    }

    @Override
    @Transactional
    public void storePreferredLanguage(long personId, String language) {
        var person = people.findById(personId).orElseThrow();
        person.preferLanguage(language, clock.instant());
    }
}
