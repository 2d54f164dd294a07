package nl.codewijzer.staff.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import nl.codewijzer.base.FirstStartLock;
import nl.codewijzer.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real school (demo mode off) starts with an empty database and nobody to log in. This creates
 * one beheerder with a one-time password written to the log; they must change it at first login.
 */
@Component
@ConditionalOnProperty(name = "codewijzer.demo.enabled", havingValue = "false")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonRepository people;
    private final FirstStartLock firstStart;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String email;

    FirstAdministrator(PersonRepository people, FirstStartLock firstStart, PasswordEncoder encoder, Clock clock,
            @Value("${codewijzer.setup.admin-email:beheerder@school.local}") String email) {
        this.people = people;
        this.firstStart = firstStart;
        this.encoder = encoder;
        this.clock = clock;
        this.email = email;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // a second server starting on the same empty database waits here, then finds this one's beheerder
        firstStart.hold();
        if (people.count() > 0) {
            return;
        }
        var bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var person = new Person(now);
        person.describe("Beheerder", email, Set.of(Role.BEHEERDER), null, LocalDate.now(clock), null, now);
        person.setTemporaryPassword(encoder.encode(password), now);
        people.save(person);
        log.warn("Empty database: created the first beheerder {} with one-time password {} (to be changed at first login)",
                email, password);
    }
}
