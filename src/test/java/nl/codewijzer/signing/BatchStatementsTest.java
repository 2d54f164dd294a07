package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.StatementCounter;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.internal.Enrolment;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffSeeding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asking the whole staff to sign, and reminding everyone who has not, take the same statements for
 * a small school as for a large one: batch reads and batch writes, no look-up per person. Each size
 * is set up in a transaction that is rolled back, so the shared database keeps its demo people.
 */
@CodewijzerTest
class BatchStatementsTest {

    @Autowired
    Enrolment enrolment;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    StaffSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManager entityManager;

    private record Statements(int enrol, int remindAll) {
    }

    @Test
    void enrolment_and_remind_all_take_the_same_statements_for_the_demo_staff_as_for_two_hundred_more() {
        var demo = statementsWith(0);
        // more than the 100 people Hibernate reads per batch, so a per-batch read would show
        var larger = statementsWith(200);

        assertThat(larger.enrol()).as("statements to ask 225 instead of 25 to sign").isEqualTo(demo.enrol());
        assertThat(larger.remindAll()).as("statements to remind 225 instead of 25").isEqualTo(demo.remindAll());
    }

    private Statements statementsWith(int extraStaff) {
        return Objects.requireNonNull(transaction.execute(status -> {
            status.setRollbackOnly();
            SystemActor.runAs(() -> {
                for (int i = 0; i < extraStaff; i++) {
                    seeding.add(new PersonForm("Extra Collega " + i, "extra" + i + "@school.example",
                            Set.of(Role.MEDEWERKER), null, LocalDate.now(SchoolTime.ZONE).minusYears(1), null), null);
                }
                return null;
            });
            int activeStaff = SystemActor.runAs(() -> staff.activeStaff()).size();
            var version = SystemActor.runAsPerson(users.loadUserByUsername("coordinator@school.example"),
                    () -> codeTexts.createCode("Telling " + System.nanoTime(), SigningFixtures.TEMPLATE));
            entityManager.flush();
            entityManager.clear();

            var enrolled = StatementCounter.count(() -> enrolment.enrolEveryone(version.id(), Instant.now()));
            assertThat(enrolled.result()).as("people asked").isEqualTo(activeStaff);
            entityManager.flush();
            entityManager.clear();

            SignIn.as(users, "coordinator@school.example");
            int alreadyReminded = remindedToday();
            entityManager.clear();
            var reminded = StatementCounter.count(() -> campaigns.remindAll(version.id()));
            assertThat(reminded.result().sentTo()).as("people reminded").hasSize(activeStaff - alreadyReminded);
            System.out.printf("With %d staff: %d statements to ask them to sign, %d to remind them%n", activeStaff,
                    enrolled.statements(), reminded.statements());
            return new Statements(enrolled.statements(), reminded.statements());
        }));
    }

    /** Demo people who already had a reminder today (of any version: one a day is the limit). */
    private int remindedToday() {
        return ((Number) entityManager.createQuery("select count(distinct r.personId) from Reminder r where r.sentOn = :today")
                .setParameter("today", LocalDate.now(nl.codewijzer.base.SchoolTime.ZONE)).getSingleResult()).intValue();
    }
}
