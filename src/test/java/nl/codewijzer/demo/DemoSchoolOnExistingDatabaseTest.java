package nl.codewijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.codewijzer.base.FirstStartLock;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffSeeding;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.staff.internal.PersonRepository;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real school's start: demo mode off. This is the one test class with its own Spring context
 * (the property differs), so it stays small. The first beheerder is created; the demo school's
 * logic, run against that database, must leave it alone. Two servers that start at once on an empty
 * database fill it once (decision 0048): the last test empties the database and creates the demo
 * school from two threads at once, so it runs after the others.
 */
@SpringBootTest(properties = "codewijzer.demo.enabled=false")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSchoolOnExistingDatabaseTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonRepository people;
    @Autowired
    StaffSeeding seeding;
    @Autowired
    StaffDirectory directory;
    @Autowired
    SchoolSettings settings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    CodeTemplates templates;
    @Autowired
    UserDetailsService users;
    @Autowired
    nl.codewijzer.signing.SigningSeeding signingSeeding;
    @Autowired
    MeetingPlanning meetings;
    @Autowired
    FirstStartLock firstStart;

    private DemoSchool demoSchool() {
        return new DemoSchool(new DemoCode(codeTexts, templates, users),
                new DemoTeamDay(meetings, codeTexts, users, clock),
                new DemoSignatures(signingSeeding, codeTexts, directory, clock), seeding, directory, settings,
                transaction, firstStart, clock);
    }

    /** Runs one start-up step on two threads released at the same moment, as two servers started at once do. */
    private static <T> List<T> onTwoServersAtOnce(Callable<T> step) throws Exception {
        var bothStarted = new CyclicBarrier(2);
        var servers = Executors.newFixedThreadPool(2);
        try {
            var first = servers.submit(() -> {
                bothStarted.await();
                return step.call();
            });
            var second = servers.submit(() -> {
                bothStarted.await();
                return step.call();
            });
            return List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES));
        } finally {
            // not close(): it would wait for a start that hangs, and the test would hang with it instead of failing
            servers.shutdownNow();
        }
    }

    @Test
    void with_demo_mode_off_only_a_first_beheerder_is_created_who_must_choose_a_password() {
        assertThat(context.getBeansOfType(DemoSchool.class)).isEmpty();
        assertThat(people.findAll()).singleElement().satisfies(person -> {
            assertThat(person.email()).isEqualTo("beheerder@school.local");
            assertThat(person.roles()).containsExactly(Role.BEHEERDER);
            assertThat(person.mustChangePassword()).isTrue();
            assertThat(person.passwordHash()).isNotNull();
        });
    }

    @Test
    void the_demo_school_is_not_created_on_a_database_that_already_holds_a_person() {
        var demoSchool = demoSchool();

        boolean created = SystemActor.runAs(() -> transaction.execute(status -> demoSchool.createIfEmpty()), Role.BEHEERDER);

        assertThat(created).isFalse();
        assertThat(people.count()).isEqualTo(1);
        assertThat(SystemActor.runAs(() -> settings.current().schoolName())).isEqualTo("Mijn school");
        assertThat(SystemActor.runAs(() -> codeTexts.codes())).isEmpty();
    }

    @Test
    void two_servers_starting_at_once_on_an_empty_database_both_start_and_make_one_first_beheerder() throws Exception {
        var firstAdministrator = context.getBean("firstAdministrator", ApplicationRunner.class);
        people.deleteAll();

        onTwoServersAtOnce(() -> {
            firstAdministrator.run(new DefaultApplicationArguments());
            return true;
        });

        assertThat(people.findAll()).singleElement().satisfies(person -> {
            assertThat(person.email()).isEqualTo("beheerder@school.local");
            assertThat(person.mustChangePassword()).isTrue();
        });
    }

    @Test
    @Order(Order.DEFAULT + 1) // empties the database and fills it with the demo school: after the other tests
    void two_servers_starting_at_once_on_an_empty_database_both_start_and_create_the_demo_school_once() throws Exception {
        var demoSchool = demoSchool();
        people.deleteAll();

        var created = onTwoServersAtOnce(
                () -> SystemActor.runAs(() -> transaction.execute(status -> demoSchool.createIfEmpty()), Role.BEHEERDER));

        assertThat(created).as("one server creates the school, the other finds it").containsExactlyInAnyOrder(true, false);
        assertThat(people.count()).isEqualTo(28);
        assertThat(DemoSchool.LOGINS).allSatisfy(login -> assertThat(users.loadUserByUsername(login.email())).isNotNull());
        assertThat(SystemActor.runAs(() -> codeTexts.codes())).singleElement()
                .satisfies(code -> assertThat(code.title()).isEqualTo(DemoCode.TITLE));
        assertThat(SystemActor.runAs(() -> settings.current().schoolName())).isEqualTo(DemoSchool.SCHOOL_NAME);
    }
}
