package nl.codewijzer.provisioning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.PersonPseudonymised;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffFilter;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What a SCIM request does to people, through the staff module's own services (so the same rules,
 * events, enrolment, invitation and audit rows as the beheerder's screen), as the directory. The
 * caller runs each request in one transaction.
 */
@Component
class ScimUsers {

    /** A User as the endpoint shows it: the person, and the directory's own names for them. */
    record View(StaffMember person, String userName, @Nullable String externalId, @Nullable String givenName,
            @Nullable String familyName) {
    }

    private final StaffService staff;
    private final StaffDirectory directory;
    private final ScimUserRepository scimUsers;
    private final Translations translations;
    private final Clock clock;

    ScimUsers(StaffService staff, StaffDirectory directory, ScimUserRepository scimUsers, Translations translations,
            Clock clock) {
        this.staff = staff;
        this.directory = directory;
        this.scimUsers = scimUsers;
        this.translations = translations;
        this.clock = clock;
    }

    View get(long id) {
        var person = directory.find(id).orElseThrow(() -> ScimException.notFound(Long.toString(id)));
        return view(person);
    }

    /** {@code userName eq}: a provisioned user by their userName, else a person not yet provisioned with that e-mail. */
    List<View> byUserName(String userName) {
        var key = userName.strip().toLowerCase(java.util.Locale.ROOT);
        var provisioned = scimUsers.findByUserName(key);
        if (provisioned.isPresent()) {
            return directory.find(provisioned.get().personId()).map(person -> List.of(view(person))).orElse(List.of());
        }
        return directory.findByEmail(key).filter(person -> !scimUsers.existsById(person.id()))
                .map(person -> List.of(view(person))).orElse(List.of());
    }

    List<View> byExternalId(String externalId) {
        return scimUsers.findByExternalId(externalId.strip()).stream()
                .flatMap(user -> directory.find(user.personId()).stream()).map(this::view).toList();
    }

    List<View> all() {
        return staff.search(StaffFilter.ALL).stream().map(this::view).toList();
    }

    ScimUserData current(long id) {
        var view = get(id);
        var person = view.person();
        return new ScimUserData(view.userName(), view.externalId(), person.active(), view.givenName(),
                view.familyName(), null, person.fullName(), person.email(), person.startDate());
    }

    /** A new colleague: a Medewerker from the start date (else today), enrolled and invited like any other. */
    View create(ScimUserData data) {
        var userName = data.userName().strip().toLowerCase(java.util.Locale.ROOT);
        if (scimUsers.findByUserName(userName).isPresent() || directory.findByEmail(data.email()).isPresent()) {
            throw new ScimException(409, "uniqueness", "A user with userName " + data.userName() + " exists already");
        }
        var start = data.startDate() == null ? LocalDate.now(clock) : data.startDate();
        var created = applying(() -> staff.create(new PersonForm(data.fullName(), data.email(), Set.of(Role.MEDEWERKER),
                null, start, null), null));
        scimUsers.save(new ScimUser(created.id(), userName, data.externalId(), data.givenName(), data.familyName()));
        if (!data.active()) {
            created = leave(created);
        }
        return view(created);
    }

    /** Makes the person match {@code data}: name, e-mail, start date, active; roles stay the beheerder's. */
    View replace(long id, ScimUserData data) {
        var person = get(id).person();
        var userName = data.userName().strip().toLowerCase(java.util.Locale.ROOT);
        scimUsers.findByUserName(userName).filter(other -> other.personId() != id).ifPresent(other -> {
            throw new ScimException(409, "uniqueness", "Another user has userName " + data.userName());
        });
        if (data.active() && !person.active()) {
            person = applying(() -> staff.reactivate(id));
        }
        var start = data.startDate() == null ? person.startDate() : data.startDate();
        var form = new PersonForm(data.fullName(), data.email(), person.roles(), person.geleding(), start,
                person.active() ? null : person.endDate(), person.staffFunction()); // the function is the beheerder's
        if (!form.equals(person.toForm())) {
            var version = person.version();
            person = applying(() -> staff.update(id, version, form));
        }
        if (!data.active() && person.active()) {
            person = leave(person);
        }
        var provisioned = scimUsers.findById(id).orElse(null);
        if (provisioned == null) {
            scimUsers.save(new ScimUser(id, userName, data.externalId(), data.givenName(), data.familyName()));
        } else {
            provisioned.describe(userName, data.externalId(), data.givenName(), data.familyName());
        }
        return view(person);
    }

    /** DELETE: the person leaves today; they are never deleted, their signatures must stay provable. */
    void deactivate(long id) {
        var person = get(id).person();
        if (person.active()) {
            leave(person);
        }
    }

    /** A pseudonymised leaver's directory names are personal data too. */
    @EventListener
    void on(PersonPseudonymised pseudonymised) {
        scimUsers.findById(pseudonymised.personId()).ifPresent(scimUsers::delete);
    }

    private StaffMember leave(StaffMember person) {
        var today = LocalDate.now(clock);
        // someone removed before their first day leaves on that day: an end date never lies before the start
        var end = today.isBefore(person.startDate()) ? person.startDate() : today;
        return applying(() -> staff.deactivate(person.id(), end));
    }

    private View view(StaffMember person) {
        Optional<ScimUser> provisioned = scimUsers.findById(person.id());
        return new View(person, provisioned.map(ScimUser::userName).orElse(person.email()),
                provisioned.map(ScimUser::externalId).orElse(null), provisioned.map(ScimUser::givenName).orElse(null),
                provisioned.map(ScimUser::familyName).orElse(null));
    }

    /** The staff module's refusals as SCIM errors: a taken e-mail is a uniqueness conflict, the rest invalid values. */
    private <T> T applying(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInput invalid) {
            boolean duplicate = invalid.problems().stream().anyMatch(problem -> problem.messageKey().equals("staff.error.email.duplicate"));
            var detail = String.join(" ", invalid.problems().stream().map(problem -> problem.field() + ": "
                    + translations.getTranslation(problem.messageKey(), Translations.ENGLISH, problem.args().toArray()))
                    .toList());
            throw duplicate ? new ScimException(409, "uniqueness", detail) : ScimException.invalidValue(detail);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new ScimException(409, null, "The user was changed at the same time; try again");
        }
    }
}
