package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing dashboard's database work does not grow with the school's history: the statements of
 * one render (active campaigns, history, one version's overview, as {@code CampaignView} asks for
 * them) stay the same when campaigns, requests and signatures are added.
 *
 * <p>Statements are counted by a listener on the Hibernate session of this thread only, not by the
 * session factory's statistics: those would also count the scheduled jobs of the shared test
 * context (the mail retry runs every minute) and need a context of their own.
 */
@CodewijzerTest
class SigningDashboardQueriesTest {

    /**
     * Active campaigns and history: the campaigns, one grouped count of their requests, their
     * consents (3 each). The overview: the campaign, its requests, the people asked with their roles,
     * the reminders, who waits for an answer to a question (decision 0044), the signatures, and the
     * count and consent for its numbers (8).
     */
    private static final int STATEMENTS_PER_RENDER = 3 + 3 + 8;

    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Signing signing;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    nl.codewijzer.Reactions reactions;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManager entityManager;

    SigningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    @Test
    void a_render_of_the_dashboard_takes_the_same_few_statements_however_many_campaigns_and_signatures_there_are() {
        var shown = fixtures.adopted("Telling");
        replaced("Telling vervangen"); // so that the history is not empty
        SignIn.as(users, "coordinator@school.example");
        assertThat(statementsToRender(shown.id())).as("statements to render").isEqualTo(STATEMENTS_PER_RENDER);

        var mostlySigned = mostlySignedDaysAgo("Telling veel");
        replaced("Telling nog eens vervangen");
        replaced("Telling weer vervangen");
        SignIn.as(users, "docent@school.example");
        signing.sign(shown.id(), true, "Bart de Vries", shown.summary().sha256(), SignContext.NONE);
        SignIn.as(users, "coordinator@school.example");

        assertThat(campaigns.history()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(statementsToRender(shown.id())).as("statements with more campaigns and a signature")
                .isEqualTo(STATEMENTS_PER_RENDER);
        assertThat(statementsToRender(mostlySigned.id())).as("statements for a version with many signatures")
                .isEqualTo(STATEMENTS_PER_RENDER);
    }

    /** A code whose version 1 was replaced by version 2: version 1 is in the history. */
    private void replaced(String title) {
        var first = fixtures.adopted(title);
        fixtures.adoptedNext(first, first.markdown() + "\nNieuwe afspraak.\n");
    }

    /** Adopted 20 days ago; everyone but two signed. */
    private nl.codewijzer.codetext.VersionDetail mostlySignedDaysAgo(String title) {
        var signedAt = new HashMap<Long, Instant>();
        var at = LocalDate.now(SchoolTime.ZONE).minusDays(18).atTime(11, 0).atZone(SchoolTime.ZONE).toInstant();
        var everyone = SystemActor.runAs(() -> staff.activeStaff());
        everyone.subList(2, everyone.size()).forEach(member -> signedAt.put(member.id(), at));
        return fixtures.adoptedDaysAgo(title, 20, signedAt);
    }

    /**
     * The statements of one render. The view calls each service method in a transaction of its own;
     * here they share one, so that one listener sees them all, and the persistence context is
     * cleared before each call so that none is answered from what the one before loaded.
     */
    private int statementsToRender(long versionId) {
        var statements = new AtomicInteger();
        transaction.executeWithoutResult(status -> {
            entityManager.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void jdbcPrepareStatementStart() {
                    statements.incrementAndGet();
                }
            });
            entityManager.clear();
            campaigns.activeCampaigns();
            entityManager.clear();
            campaigns.history();
            entityManager.clear();
            campaigns.overview(versionId);
        });
        return statements.get();
    }
}
