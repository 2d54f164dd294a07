package nl.codewijzer.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.internal.Person;
import nl.codewijzer.staff.internal.PersonRepository;
import nl.codewijzer.staff.internal.PersonRules;
import nl.codewijzer.staff.internal.StaffCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff administration for the beheerder. The class-level check covers every method: the view's
 * annotation does not protect a direct call.
 */
@Service
@PreAuthorize(Role.Require.BEHEERDER)
public class StaffService {

    public static final int TEMPORARY_PASSWORD_MINIMUM = 8;
    /** The staff list (Personeel): its view's {@code @Route} and every link to it. */
    public static final String ROUTE = "beheer/personeel";
    /** Names in Dutch alphabetical order: "Łukasz" between "Lotte" and "Milan", not after "Yara". */
    private static final java.util.Comparator<StaffMember> BY_NAME = DutchNames.by(StaffMember::fullName);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffService(PersonRepository people, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Role.Require.STAFF_ADMIN) // also the school's directory, through SCIM
    @Transactional(readOnly = true)
    public List<StaffMember> search(StaffFilter filter) {
        var text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        var pattern = text.isEmpty() ? null : "%" + text.replace("%", "").replace("_", "") + "%";
        return people.search(pattern, filter.role(), filter.active()).stream().map(Person::toStaffMember)
                .sorted(BY_NAME).toList();
    }

    @PreAuthorize(Role.Require.STAFF_ADMIN) // also the school's directory, through SCIM
    @Transactional(readOnly = true)
    public StaffMember get(long id) {
        return load(id).toStaffMember();
    }

    /** Adds a person. With a temporary password they can log in and must choose their own at once. */
    @PreAuthorize(Role.Require.STAFF_ADMIN) // also the school's directory, through SCIM
    @Transactional
    public StaffMember create(PersonForm form, @Nullable String temporaryPassword) {
        var problems = new ArrayList<>(PersonRules.check(form));
        if (people.existsByEmail(Person.normalizeEmail(form.email()))) {
            problems.add(new Problem("email", "staff.error.email.duplicate", Person.normalizeEmail(form.email())));
        }
        var password = temporaryPassword == null || temporaryPassword.isEmpty() ? null : temporaryPassword;
        if (password != null && password.length() < TEMPORARY_PASSWORD_MINIMUM) {
            problems.add(new Problem("temporaryPassword", "staff.error.password.too-short", TEMPORARY_PASSWORD_MINIMUM));
        }
        throwIfAny(problems);
        var now = clock.instant();
        var person = new Person(now);
        describe(person, form);
        if (password != null) {
            person.setTemporaryPassword(java.util.Objects.requireNonNull(passwordEncoder.encode(password)), now);
        }
        person = people.saveAndFlush(person);
        events.publishEvent(new PersonJoined(person.id(), person.startDate()));
        return person.toStaffMember();
    }

    /** Saves changes, refusing them if someone else saved this person since {@code expectedVersion} was read. */
    @PreAuthorize(Role.Require.STAFF_ADMIN) // also the school's directory, through SCIM
    @Transactional
    public StaffMember update(long id, long expectedVersion, PersonForm form) {
        var person = loadEditable(id);
        if (person.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Person.class, id);
        }
        var problems = new ArrayList<>(PersonRules.check(form));
        var email = Person.normalizeEmail(form.email());
        people.findByEmail(email).filter(other -> other.id() != id).ifPresent(other ->
                problems.add(new Problem("email", "staff.error.email.duplicate", email)));
        if (person.roles().contains(Role.BEHEERDER) && !form.roles().contains(Role.BEHEERDER) && person.active()) {
            requireAnotherActiveBeheerder("roles");
        }
        throwIfAny(problems);
        var before = person.toStaffMember();
        describe(person, form);
        var after = people.saveAndFlush(person).toStaffMember();
        var changed = changedFields(before, after);
        if (!changed.isEmpty()) {
            events.publishEvent(new PersonChanged(id, changed, before.roles(), after.roles()));
        }
        return after;
    }

    /**
     * What would be wrong with this person's details, without saving anything: for imports that
     * show every bad line before anything is written (the same rules as {@link #create}).
     */
    @PreAuthorize(Role.Require.STAFF_ADMIN)
    public List<Problem> check(PersonForm form) {
        return PersonRules.check(form);
    }

    /** Marks a leaver. They are kept (signatures refer to them) but can no longer log in. */
    @PreAuthorize(Role.Require.STAFF_ADMIN) // also the school's directory, through SCIM
    @Transactional
    public StaffMember deactivate(long id, @Nullable LocalDate endDate) {
        var person = loadEditable(id);
        if (endDate == null) {
            throw new InvalidInput("endDate", "staff.error.end.missing");
        }
        if (endDate.isBefore(person.startDate())) {
            throw new InvalidInput("endDate", "staff.error.end-before-start");
        }
        long personId = person.id();
        if (currentUser.get().map(user -> user.personId() == personId).orElse(false)) {
            throw new InvalidInput("endDate", "staff.error.deactivate-self");
        }
        if (person.roles().contains(Role.BEHEERDER)) {
            requireAnotherActiveBeheerder("endDate");
        }
        person.deactivate(endDate, clock.instant());
        person = people.saveAndFlush(person);
        events.publishEvent(new PersonLeft(person.id(), endDate));
        return person.toStaffMember();
    }

    @PreAuthorize(Role.Require.STAFF_ADMIN) // also the school's directory, through SCIM
    @Transactional
    public StaffMember reactivate(long id) {
        var person = loadEditable(id);
        person.reactivate(clock.instant());
        person = people.saveAndFlush(person);
        events.publishEvent(new PersonJoined(person.id(), person.startDate()));
        return person.toStaffMember();
    }

    /** Sets a temporary password; the person must choose their own at the next login. */
    @Transactional
    public void setTemporaryPassword(long id, String temporaryPassword) {
        if (temporaryPassword.length() < TEMPORARY_PASSWORD_MINIMUM) {
            throw new InvalidInput("temporaryPassword", "staff.error.password.too-short", TEMPORARY_PASSWORD_MINIMUM);
        }
        var person = loadEditable(id);
        person.setTemporaryPassword(passwordEncoder.encode(temporaryPassword), clock.instant());
        people.saveAndFlush(person);
        events.publishEvent(new TemporaryPasswordSet(id));
    }

    /** Reads a CSV file and shows what an import would do. Nothing is saved. */
    @Transactional(readOnly = true)
    public ImportPreview previewImport(byte[] file) {
        return StaffCsv.read(file, people.allEmails());
    }

    /**
     * Imports every row of a preview, or none: one bad row (also one that became bad since the
     * preview, say an e-mail added meanwhile) rolls the whole import back.
     */
    @Transactional
    public int importAll(ImportPreview preview, IntConsumer progress) {
        var fresh = StaffCsv.recheck(preview, people.allEmails());
        if (!fresh.importable()) {
            throw new InvalidInput("file", "staff.import.has-errors", fresh.errorCount());
        }
        var now = clock.instant();
        int done = 0;
        var joined = new ArrayList<PersonJoined>();
        for (var row : fresh.rows()) {
            var person = new Person(now);
            describe(person, row.requireForm());
            person = people.save(person);
            joined.add(new PersonJoined(person.id(), person.startDate()));
            progress.accept(++done);
        }
        people.flush();
        joined.forEach(events::publishEvent);
        events.publishEvent(new StaffImported(done));
        return done;
    }

    @Transactional(readOnly = true)
    public byte[] exportCsv() {
        var members = people.findAll().stream().map(Person::toStaffMember).sorted(BY_NAME).toList();
        var csv = StaffCsv.write(members);
        events.publishEvent(new StaffExported(members.size()));
        return csv;
    }

    private void describe(Person person, PersonForm form) {
        var start = form.startDate() == null ? LocalDate.now(clock) : form.startDate();
        person.describe(form.fullName(), form.email(), form.roles(), form.geleding(), start, form.endDate(),
                clock.instant());
        person.assignFunction(form.staffFunction());
    }

    private void requireAnotherActiveBeheerder(String field) {
        if (people.countActiveWithRole(Role.BEHEERDER) <= 1) {
            throw new InvalidInput(field, "staff.error.last-beheerder");
        }
    }

    private Person load(long id) {
        return people.findById(id).orElseThrow(() -> new InvalidInput("id", "staff.error.not-found"));
    }

    /** A pseudonymised person's record is closed: it only keeps what signatures refer to. */
    private Person loadEditable(long id) {
        var person = load(id);
        if (person.pseudonymised()) {
            throw new InvalidInput("id", "staff.error.pseudonymised");
        }
        return person;
    }

    /** The form's fields that differ, by the names the form and the audit trail use. */
    private static List<String> changedFields(StaffMember before, StaffMember after) {
        var changed = new ArrayList<String>();
        if (!before.fullName().equals(after.fullName())) {
            changed.add("fullName");
        }
        if (!before.email().equals(after.email())) {
            changed.add("email");
        }
        if (!before.roles().equals(after.roles())) {
            changed.add("roles");
        }
        if (before.geleding() != after.geleding()) {
            changed.add("geleding");
        }
        if (!before.startDate().equals(after.startDate())) {
            changed.add("startDate");
        }
        if (!java.util.Objects.equals(before.endDate(), after.endDate())) {
            changed.add("endDate");
        }
        if (before.staffFunction() != after.staffFunction()) {
            changed.add("staffFunction");
        }
        return changed;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
