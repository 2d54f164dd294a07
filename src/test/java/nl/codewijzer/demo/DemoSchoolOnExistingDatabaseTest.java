package nl.codewijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffSeeding;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.staff.internal.PersonRepository;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real school's start: demo mode off. This is the one test class with its own Spring context
 * (the property differs), so it stays small. The first beheerder is created; the demo school's
 * logic, run against that database, must leave it alone.
 */
@SpringBootTest(properties = "codewijzer.demo.enabled=false")
@ActiveProfiles("test")
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
        var demoSchool = new DemoSchool(new DemoCode(codeTexts, templates, users),
                new DemoTeamDay(meetings, codeTexts, users, clock),
                new DemoSignatures(signingSeeding, codeTexts, directory, clock), seeding, directory, settings,
                transaction, clock);

        boolean created = SystemActor.runAs(() -> transaction.execute(status -> demoSchool.createIfEmpty()), Role.BEHEERDER);

        assertThat(created).isFalse();
        assertThat(people.count()).isEqualTo(1);
        assertThat(SystemActor.runAs(() -> settings.current().schoolName())).isEqualTo("Mijn school");
        assertThat(SystemActor.runAs(() -> codeTexts.codes())).isEmpty();
    }
}
