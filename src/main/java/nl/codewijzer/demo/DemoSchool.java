package nl.codewijzer.demo;

import static nl.codewijzer.security.Role.BEHEERDER;
import static nl.codewijzer.security.Role.COORDINATOR;
import static nl.codewijzer.security.Role.MEDEWERKER;
import static nl.codewijzer.security.Role.MR_LID;
import static nl.codewijzer.security.Role.MR_VOORZITTER;
import static nl.codewijzer.security.Role.SCHOOLLEIDING;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.codewijzer.base.FirstStartLock;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffSeeding;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates "De Linde (demo)" on the first start with an empty database, in one transaction, and
 * never touches a database that already holds people, also when two servers start on it at once
 * ({@link FirstStartLock}).
 */
@Component
@ConditionalOnProperty(name = "codewijzer.demo.enabled", havingValue = "true")
class DemoSchool implements ApplicationRunner {

    static final String SCHOOL_NAME = "De Linde (demo)";
    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

    /** The listed demo logins; each has the password {@value #PASSWORD}. */
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("beheerder@school.example", "Ingrid Bakker", "demo.who.beheerder", Set.of(BEHEERDER, MEDEWERKER), null),
            new DemoLogin("coordinator@school.example", "Samira El Idrissi", "demo.who.coordinator", Set.of(COORDINATOR, MEDEWERKER), null),
            new DemoLogin("directeur@school.example", "Pieter van Dijk", "demo.who.directeur", Set.of(SCHOOLLEIDING, MEDEWERKER), null),
            new DemoLogin("mr.voorzitter@school.example", "Marloes de Wit", "demo.who.mr-voorzitter",
                    Set.of(MEDEWERKER, MR_LID, MR_VOORZITTER), MrGeleding.PERSONEEL),
            new DemoLogin("mr.lid@school.example", "Ahmed Yılmaz", "demo.who.mr-lid", Set.of(MEDEWERKER, MR_LID), MrGeleding.PERSONEEL),
            new DemoLogin("docent@school.example", "Bart de Vries", "demo.who.docent", Set.of(MEDEWERKER), null),
            new DemoLogin("nieuw@school.example", "Noor Visser", "demo.who.nieuw", Set.of(MEDEWERKER), null));

    private static final List<String> TEACHERS = List.of(
            "Karin Smit", "Jan Meijer", "Sanne de Boer", "Mohamed Bouzid", "Lotte Mulder", "Thomas de Groot",
            "Eva Bos", "Łukasz Nowak", "Fleur Vos", "Daan Peters", "Iris Hendriks", "Ruben van Leeuwen",
            "Anouk Dekker", "Joris Brouwer", "Yara de Jong", "Milan Kok", "Esther van den Berg", "Sem Verhoeven");
    private static final List<String> PARENTS = List.of("Fatima Amrani", "Jeroen Hendriksen", "Els Mulder-Jansen");
    /** Teachers who started recently (days ago): they still have time to sign the code (see DemoSignatures). */
    private static final java.util.Map<String, Integer> RECENT_STARTERS = java.util.Map.of("Yara de Jong", 11,
            "Sem Verhoeven", 6);

    record DemoLogin(String email, String name, String descriptionKey, Set<Role> roles, @Nullable MrGeleding geleding) {
    }

    private final DemoCode code;
    private final DemoTeamDay teamDay;
    private final DemoSignatures signatures;
    private final StaffSeeding seeding;
    private final StaffDirectory directory;
    private final SchoolSettings settings;
    private final TransactionTemplate transaction;
    private final FirstStartLock firstStart;
    private final Clock clock;

    DemoSchool(DemoCode code, DemoTeamDay teamDay, DemoSignatures signatures, StaffSeeding seeding,
            StaffDirectory directory, SchoolSettings settings, TransactionTemplate transaction,
            FirstStartLock firstStart, Clock clock) {
        this.code = code;
        this.teamDay = teamDay;
        this.signatures = signatures;
        this.seeding = seeding;
        this.directory = directory;
        this.settings = settings;
        this.transaction = transaction;
        this.firstStart = firstStart;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = SystemActor.runAs(() -> transaction.execute(status -> createIfEmpty()), BEHEERDER);
        if (created) {
            log.info("Created the demo school '{}'", SCHOOL_NAME);
        } else {
            log.info("Demo mode is on, but the database already holds people: the demo school is left out");
        }
    }

    /**
     * Returns whether the school was created: only on a database without people. Runs in the caller's transaction;
     * a second server starting at the same moment waits for this one's commit, then finds the people.
     */
    boolean createIfEmpty() {
        firstStart.hold();
        if (directory.count() > 0) {
            return false;
        }
        var today = LocalDate.now(clock);
        settings.update(settings.current().withSchoolName(SCHOOL_NAME));
        for (var login : LOGINS) {
            var start = login.email().startsWith("nieuw@") ? today.plusMonths(1).withDayOfMonth(1) : today.minusYears(3);
            seeding.add(new PersonForm(login.name(), login.email(), login.roles(), login.geleding(), start, null), PASSWORD);
        }
        for (int i = 0; i < TEACHERS.size(); i++) {
            var name = TEACHERS.get(i);
            var roles = i == 0 ? Set.of(MEDEWERKER, MR_LID) : Set.of(MEDEWERKER);
            var geleding = i == 0 ? MrGeleding.PERSONEEL : null;
            var start = RECENT_STARTERS.containsKey(name) ? today.minusDays(RECENT_STARTERS.get(name))
                    : today.minusMonths(6L + 7L * i);
            seeding.add(new PersonForm(name, emailFor(name), roles, geleding, start, null), null);
        }
        for (var parent : PARENTS) {
            seeding.add(new PersonForm(parent, emailFor(parent).replace("@school.example", "@ouders.example"),
                    Set.of(MR_LID), MrGeleding.OUDERS, today.minusYears(1), null), null);
        }
        code.create();
        teamDay.create();
        signatures.create();
        return true;
    }

    static String emailFor(String name) {
        var plain = Normalizer.normalize(name.replace("Ł", "L").replace("ł", "l"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z]+", ".") + "@school.example";
    }
}
