package nl.codewijzer.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.base.Translations;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SchoolAccountLinks;
import nl.codewijzer.staff.internal.PersonRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AVG storage limitation: once a person's employment ended longer ago than the school's retention
 * setting, their name, e-mail and login are replaced by a pseudonym. The person row and its id
 * stay, so signatures keep their hashes and dates and still count in old registers. Run daily by
 * the scheduler as the system; see docs/decisions/0010-audit-trail-and-privacy.md.
 */
@Service
@PreAuthorize(Role.Require.SYSTEM)
public class Pseudonymisation {

    private final PersonRepository people;
    private final SchoolSettings settings;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final SchoolAccountLinks schoolAccounts;
    private final Clock clock;

    Pseudonymisation(PersonRepository people, SchoolSettings settings, Translations translations,
            ApplicationEventPublisher events, SchoolAccountLinks schoolAccounts, Clock clock) {
        this.schoolAccounts = schoolAccounts;
        this.people = people;
        this.settings = settings;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Pseudonymises everyone whose end date lies more than the retention period before
     * {@code today} (an end date exactly that long ago is kept one more day). Idempotent: people
     * already pseudonymised are left alone.
     *
     * @return the ids of the people pseudonymised now
     */
    @Transactional
    public List<Long> pseudonymiseLeavers(LocalDate today) {
        int months = settings.current().signatureRetentionMonths();
        var done = new ArrayList<Long>();
        for (var person : people.leftBefore(today.minusMonths(months))) {
            var id = Long.toString(person.id());
            person.pseudonymise(dutch("staff.pseudonym.name", id), dutch("staff.pseudonym.email", id), clock.instant());
            schoolAccounts.forget(person.id());
            events.publishEvent(new PersonPseudonymised(person.id(), java.util.Objects.requireNonNull(person.endDate()),
                    months));
            done.add(person.id());
        }
        people.flush();
        return done;
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }
}
