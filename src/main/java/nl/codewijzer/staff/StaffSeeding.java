package nl.codewijzer.staff;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import org.springframework.security.access.prepost.PreAuthorize;
import nl.codewijzer.staff.internal.Person;
import nl.codewijzer.staff.internal.PersonRepository;
import nl.codewijzer.staff.internal.PersonRules;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds people with a known, final password: only for the demo school, and only callable from
 * start-up work running as {@link SystemActor} (no person holds that authority).
 */
@Service
@PreAuthorize(Role.Require.SYSTEM)
public class StaffSeeding {

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /**
     * The demo school's people share one known password: it is hashed once, not once per person
     * (BCrypt takes about 0.1 s a time, and each start of a demo school and each test context adds 28).
     */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    StaffSeeding(PersonRepository people, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StaffMember add(PersonForm form, @Nullable String password) {
        var problems = PersonRules.check(form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var now = clock.instant();
        var person = new Person(now);
        // PersonRules refused a form without a start date above
        person.describe(form.fullName(), form.email(), form.roles(), form.geleding(),
                java.util.Objects.requireNonNull(form.startDate()), form.endDate(), now);
        if (password != null) {
            person.setChosenPassword(hashes.computeIfAbsent(password, encoder::encode), now);
        }
        person = people.save(person);
        events.publishEvent(new PersonJoined(person.id(), person.startDate()));
        return person.toStaffMember();
    }
}
