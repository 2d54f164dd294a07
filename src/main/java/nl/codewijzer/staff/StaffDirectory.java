package nl.codewijzer.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.internal.Person;
import nl.codewijzer.staff.internal.PersonRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups of people for other modules and for a person's own record. Requires a signed-in caller. */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class StaffDirectory {

    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    StaffDirectory(PersonRepository people, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.people = people;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The signed-in person's own record (AVG: everyone may see what is kept about them). */
    @Transactional(readOnly = true)
    public StaffMember own() {
        return people.findById(currentUser.require().personId()).orElseThrow().toStaffMember();
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> find(long personId) {
        return people.findById(personId).map(Person::toStaffMember);
    }

    /**
     * The person's current full name (a pseudonymised person's pseudonym), read as one column: for a hot path such as
     * a signature, which needs the name and nothing else. In the caller's transaction if there is one, so it sees the
     * caller's own writes. No entity is loaded, so the caller's flushes have nothing of it to check (decision 0049).
     */
    public Optional<String> fullName(long personId) {
        return jdbc.query("select full_name from person where id = ?", (row, i) -> row.getString(1), personId).stream()
                .findFirst();
    }

    /** Current names (a pseudonymised person's pseudonym) of the given people, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> personIds) {
        var names = new HashMap<Long, String>();
        if (!personIds.isEmpty()) {
            people.namesOf(personIds).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** The given people, active or not, by id, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, StaffMember> members(Collection<Long> personIds) {
        var members = new HashMap<Long, StaffMember>();
        if (personIds.isEmpty()) {
            return members;
        }
        people.withRoles(personIds).forEach(person -> members.put(person.id(), person.toStaffMember()));
        return members;
    }

    /** Active staff members (not MR members from the parents or students). */
    @Transactional(readOnly = true)
    public List<StaffMember> activeStaff() {
        return people.activeWithRoles().stream().map(Person::toStaffMember).filter(StaffMember::isStaff).toList();
    }

    /**
     * Active people holding any of these roles (the coördinator and the schoolleiding, say), each
     * once, by name: one query per role, however large the staff.
     */
    @Transactional(readOnly = true)
    public List<StaffMember> activeWithAnyRole(Role... roles) {
        var found = new java.util.LinkedHashMap<Long, StaffMember>();
        for (var role : roles) {
            people.search(null, role, true).forEach(person -> found.putIfAbsent(person.id(), person.toStaffMember()));
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(StaffMember::fullName,
                nl.codewijzer.base.DutchNames.ORDER)).toList();
    }

    /** Active members of the MR (any geleding), by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> mrMembers() {
        return people.activeWithRoles().stream().map(Person::toStaffMember)
                .filter(member -> member.roles().contains(Role.MR_LID) || member.roles().contains(Role.MR_VOORZITTER))
                .toList();
    }

    /** The person with this e-mail address (compared case-insensitively), if any. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> findByEmail(String email) {
        return people.findByEmail(Person.normalizeEmail(email)).map(Person::toStaffMember);
    }

    @Transactional(readOnly = true)
    public long count() {
        return people.count();
    }
}
