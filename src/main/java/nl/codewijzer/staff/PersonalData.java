package nl.codewijzer.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.internal.Person;
import nl.codewijzer.staff.internal.PersonRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own data as one JSON file (AVG: right of access and to a copy): their profile and
 * roles, and every part the other modules contribute through {@link PersonalDataSource}.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class PersonalData {

    /** Identifies the file's layout, so a reader (or a later version of this app) knows what it holds. */
    public static final String FORMAT = "codewijzer-personal-data/1";

    /** What the staff list keeps about the person. */
    public record Profile(long id, String fullName, String email, List<Role> roles, @Nullable MrGeleding mrGeleding,
            LocalDate startDate, @Nullable LocalDate endDate, boolean active, @Nullable String preferredLanguage) {
    }

    private final PersonRepository people;
    private final List<PersonalDataSource> sources;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;

    PersonalData(PersonRepository people, List<PersonalDataSource> sources, CurrentUser currentUser, JsonMapper json,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.people = people;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).toList();
        this.currentUser = currentUser;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in person's data, as UTF-8 JSON. The download itself goes on the audit trail. Each part is first
     * brought up to date ({@link PersonalDataSource#beforeReading}), then all are read in one read-only transaction.
     */
    public byte[] ownDataAsJson() {
        var personId = currentUser.require().personId();
        for (var source : sources) {
            source.beforeReading();
        }
        return Objects.requireNonNull(reading.execute(status -> read(personId)));
    }

    private byte[] read(long personId) {
        var person = people.findById(personId).orElseThrow();
        var file = new LinkedHashMap<String, Object>();
        file.put("format", FORMAT);
        file.put("exportedAt", clock.instant());
        file.put("profile", profile(person));
        for (var source : sources) {
            file.put(source.section(), source.dataFor(personId));
        }
        var bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        events.publishEvent(new PersonalDataExported(personId));
        return bytes;
    }

    private static Profile profile(Person person) {
        return new Profile(person.id(), person.fullName(), person.email(), person.roles().stream().sorted().toList(),
                person.geleding(), person.startDate(), person.endDate(), person.active(), person.preferredLanguage());
    }
}
