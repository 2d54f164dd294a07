package nl.codewijzer.staff.internal;

import java.time.Clock;
import java.util.Optional;
import nl.codewijzer.security.Account;
import nl.codewijzer.security.Accounts;
import nl.codewijzer.staff.PasswordChosen;
import nl.codewijzer.staff.PersonJoined;
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
        return people.findByEmail(Person.normalizeEmail(email)).map(StaffAccounts::account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findById(long personId) {
        return people.findById(personId).map(StaffAccounts::account);
    }

    /**
     * A verified school account of an allowed tenant or domain that matched nobody, with the school's
     * "create unknown accounts" switched on: a Medewerker from today, enrolled like any new colleague.
     */
    @Override
    @Transactional
    public Account enrolFromSchoolAccount(String fullName, String email) {
        var now = clock.instant();
        var person = new Person(now);
        var name = Person.normalizeName(fullName);
        person.describe(name.length() > PersonRules.MAX_NAME_LENGTH ? name.substring(0, PersonRules.MAX_NAME_LENGTH) : name,
                email, java.util.Set.of(nl.codewijzer.security.Role.MEDEWERKER), null, java.time.LocalDate.now(clock), null, now);
        person = people.saveAndFlush(person);
        events.publishEvent(new PersonJoined(person.id(), person.startDate()));
        return account(person);
    }

    private static Account account(Person person) {
        return new Account(person.id(), person.email(), person.fullName(), person.passwordHash(), person.roles(),
                person.active(), person.mustChangePassword(), person.preferredLanguage());
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
