package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.security.Role;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff list is read in a fixed number of statements, not one more per person for their roles:
 * the team day console reads who is still absent on every change, with a whole school in the room.
 * Counted by a listener on this thread's Hibernate session (see SigningDashboardQueriesTest).
 */
@CodewijzerTest
class StaffDirectoryQueriesTest {

    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;
    @Autowired
    UserDetailsService users;

    @Test
    void the_active_staff_and_their_roles_are_read_in_one_statement_however_many_people_there_are() {
        SignIn.as(users, "coordinator@school.example");
        var statements = new AtomicInteger();
        var people = transaction.execute(status -> {
            entityManager.clear();
            entityManager.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void jdbcPrepareStatementStart() {
                    statements.incrementAndGet();
                }
            });
            return staff.activeStaff();
        });

        assertThat(people).hasSizeGreaterThan(20)
                .anySatisfy(member -> assertThat(member.roles()).contains(Role.COORDINATOR));
        assertThat(statements.get()).as("the people with the roles of all of them at once").isEqualTo(1);
    }
}
