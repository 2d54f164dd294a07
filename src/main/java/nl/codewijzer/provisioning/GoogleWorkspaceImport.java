package nl.codewijzer.provisioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.provisioning.internal.GoogleUsersCsv;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffFilter;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Google Workspace has no SCIM push for a custom app, so a Google school brings its directory in
 * as the user list the Admin console exports. First a dry run ({@link #preview}): per line what
 * would happen, or why the line is wrong. Then {@link #apply} does exactly that, all or nothing, and
 * a second run of the same file changes nothing:
 * <ul>
 * <li>an active Google user unknown here is added as Medewerker (enrolled and invited as usual);</li>
 * <li>a known one whose name changed in Google gets the new name (roles stay the beheerder's);</li>
 * <li>a suspended Google user who is active here is marked as a leaver from today;</li>
 * <li>nobody is reactivated, and people missing from the file are left alone (an export may be
 * partial, and the staff list may hold MR members from the parents).</li>
 * </ul>
 * Only the organisational units the beheerder chooses count: a school's Workspace holds its pupils too.
 */
@Service
public class GoogleWorkspaceImport {

    /** What a line of the file does. */
    public enum Action { ADD, RENAME, LEAVE, UNCHANGED, SKIPPED, ERROR }

    /** One line of the export inside the chosen units, with what happens and a message key for the beheerder. */
    public record Line(long lineNumber, String name, String email, String orgUnit, Action action, String messageKey,
            List<Object> args) {
    }

    /** The dry run: every organisational unit in the file with its number of users, and the chosen units' lines. */
    public record Plan(SortedMap<String, Integer> orgUnits, List<Line> lines) {

        public long count(Action action) {
            return lines.stream().filter(line -> line.action() == action).count();
        }

        public long changes() {
            return count(Action.ADD) + count(Action.RENAME) + count(Action.LEAVE);
        }

        /** Applied only when no chosen line is wrong and there is something to do. */
        public boolean applicable() {
            return count(Action.ERROR) == 0 && changes() > 0;
        }
    }

    /** What {@link #apply} did. */
    public record Result(int added, int renamed, int left) {
    }

    private static final Set<String> ACTIVE = Set.of("active", "actief", "");
    private static final Set<String> SUSPENDED = Set.of("suspended", "geschorst", "archived", "gearchiveerd");

    private final StaffService staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoogleWorkspaceImport(StaffService staff, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The dry run: reads the file and says per line what {@link #apply} would do. Nothing is saved. */
    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional(readOnly = true)
    public Plan preview(byte[] file, Set<String> orgUnits) {
        return plan(GoogleUsersCsv.read(file), orgUnits);
    }

    /**
     * Does what the dry run of this file and these units shows, planned again against the staff list
     * as it is now, in one transaction: with any wrong line, nothing is changed.
     */
    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional
    public Result apply(byte[] file, Set<String> orgUnits) {
        var plan = plan(GoogleUsersCsv.read(file), orgUnits);
        if (plan.count(Action.ERROR) > 0) {
            throw new InvalidInput("file", "google.apply.has-errors", plan.count(Action.ERROR));
        }
        var people = byEmail();
        var today = LocalDate.now(clock);
        int added = 0;
        int renamed = 0;
        int left = 0;
        for (var line : plan.lines()) {
            switch (line.action()) {
                case ADD -> {
                    staff.create(new PersonForm(line.name(), line.email(), EnumSet.of(Role.MEDEWERKER), null, today, null),
                            null);
                    added++;
                }
                case RENAME -> {
                    // a rename or a leave is planned from someone on the staff list, in this transaction
                    var person = java.util.Objects.requireNonNull(people.get(normalized(line.email())));
                    staff.update(person.id(), person.version(), new PersonForm(line.name(), person.email(),
                            person.roles(), person.geleding(), person.startDate(), person.endDate(),
                            person.staffFunction()));
                    renamed++;
                }
                case LEAVE -> {
                    var person = java.util.Objects.requireNonNull(people.get(normalized(line.email())));
                    staff.deactivate(person.id(), person.startDate().isAfter(today) ? person.startDate() : today);
                    left++;
                }
                default -> { }
            }
        }
        var result = new Result(added, renamed, left);
        events.publishEvent(new GoogleWorkspaceImported(added, renamed, left));
        return result;
    }

    private Plan plan(List<GoogleUsersCsv.User> users, Set<String> chosenUnits) {
        var units = new TreeMap<String, Integer>();
        users.forEach(user -> units.merge(user.orgUnit(), 1, Integer::sum));
        var people = byEmail();
        var me = currentUser.get().map(user -> user.personId()).orElse(-1L);
        var firstLine = new HashMap<String, Long>();
        var lines = new ArrayList<Line>();
        for (var user : users) {
            if (!inChosenUnits(user.orgUnit(), chosenUnits)) {
                continue;
            }
            lines.add(line(user, people, firstLine, me));
        }
        return new Plan(Collections.unmodifiableSortedMap(units), List.copyOf(lines));
    }

    /** A unit counts when it, or a unit above it, is chosen: "/Personeel" takes in "/Personeel/OOP". */
    private static boolean inChosenUnits(String unit, Set<String> chosen) {
        return chosen.stream().anyMatch(choice -> unit.equals(choice) || choice.equals("/")
                || unit.startsWith(choice.endsWith("/") ? choice : choice + "/"));
    }

    private Line line(GoogleUsersCsv.User user, Map<String, StaffMember> people, Map<String, Long> firstLine, long me) {
        var name = user.fullName();
        var email = normalized(user.email());
        var status = user.status().strip().toLowerCase(Locale.ROOT);
        // the same rules as the beheerder's own screen, with its Dutch messages
        var problems = new ArrayList<>(staff.check(new PersonForm(name, user.email(), EnumSet.of(Role.MEDEWERKER),
                null, LocalDate.now(clock), null)));
        if (!ACTIVE.contains(status) && !SUSPENDED.contains(status)) {
            problems.add(new InvalidInput.Problem("status", "google.line.bad-status", user.status()));
        }
        if (!email.isEmpty()) {
            var earlier = firstLine.putIfAbsent(email, user.lineNumber());
            if (earlier != null) {
                problems.add(new InvalidInput.Problem("email", "google.line.email-twice", earlier));
            }
        }
        if (!problems.isEmpty()) {
            var first = problems.getFirst();
            return line(user, Action.ERROR, first.messageKey(), first.args().toArray());
        }
        boolean suspended = SUSPENDED.contains(status);
        var person = people.get(email);
        if (person == null) {
            return suspended ? line(user, Action.SKIPPED, "google.line.suspended-unknown")
                    : line(user, Action.ADD, "google.line.add");
        }
        if (!person.active()) {
            return suspended ? line(user, Action.UNCHANGED, "google.line.unchanged")
                    : line(user, Action.SKIPPED, "google.line.inactive-here");
        }
        if (suspended) {
            return person.id() == me ? line(user, Action.ERROR, "google.line.leave-self")
                    : line(user, Action.LEAVE, "google.line.leave");
        }
        if (!person.fullName().equals(name)) {
            return line(user, Action.RENAME, "google.line.rename", person.fullName(), name);
        }
        return line(user, Action.UNCHANGED, "google.line.unchanged");
    }

    private static Line line(GoogleUsersCsv.User user, Action action, String messageKey, Object... args) {
        return new Line(user.lineNumber(), user.fullName(), user.email(), user.orgUnit(), action, messageKey, List.of(args));
    }

    private Map<String, StaffMember> byEmail() {
        return staff.search(new StaffFilter("", null, null)).stream()
                .collect(Collectors.toMap(member -> normalized(member.email()), Function.identity(), (a, b) -> a));
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
