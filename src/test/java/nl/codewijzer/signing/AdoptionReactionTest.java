package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.SignIn;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionAdopted;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing starts from the adoption as a reaction after the commit, on the reaction thread: the
 * adopter's screen is free before the staff are asked, and a reaction that failed is kept, counted
 * and tried again instead of only being logged.
 */
@CodewijzerTest
class AdoptionReactionTest {

    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Reactions reactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor reactionThread;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_adoption_returns_without_waiting_for_the_staff_to_be_asked_who_are_asked_right_after() throws Exception {
        var version = as("coordinator@school.example",
                () -> codeTexts.createCode("Los van de klik " + System.nanoTime(), SigningFixtures.TEMPLATE));
        as("directeur@school.example", () -> codeTexts.transition(version.id(), VersionStatus.TER_INSTEMMING));
        as("mr.voorzitter@school.example", () -> codeTexts.transition(version.id(), VersionStatus.INGESTEMD));
        ReactionsDone.await(reactions);
        // the reaction thread is busy with something else while the directeur adopts
        var busy = new CountDownLatch(1);
        var running = new CountDownLatch(1);
        reactionThread.execute(() -> {
            running.countDown();
            awaitQuietly(busy);
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            as("directeur@school.example", () -> codeTexts.transition(version.id(), VersionStatus.VASTGESTELD));

            SignIn.as(users, "coordinator@school.example");
            assertThat(campaigns.activeCampaigns()).as("campaigns right after the adoption returned")
                    .noneMatch(campaign -> campaign.versionId() == version.id());
        } finally {
            busy.countDown();
        }

        ReactionsDone.await(reactions);
        var campaign = campaigns.overview(version.id()).summary();
        assertThat(campaign.asked()).isEqualTo(SystemActor.runAs(() -> staff.activeStaff()).size());
    }

    @Test
    void a_reaction_that_fails_stays_visible_and_is_tried_again() throws Exception {
        long failedBefore = reactions.failed();
        // an adoption event for a version that does not exist: the enrolment cannot start its campaign
        long missing = Long.MAX_VALUE - System.nanoTime() % 1000;
        var event = new VersionAdopted(1, missing, 1, "0".repeat(64), Instant.now());
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        try {
            awaitAttempts(missing, 1, () -> { });
            assertThat(reactions.failed()).as("failed reactions").isEqualTo(failedBefore + 1);

            // retry() runs on one server at a time (ShedLock): a call while the scheduled retry holds the
            // lock is skipped, as on a second server, and that run may have started before this failure
            // was recorded (seen when the test ran a minute after its context started). So call it until
            // a run took the reaction up, as the next scheduled run would.
            awaitAttempts(missing, 2, reactions::retry);
            assertThat(reactions.failed()).as("failed reactions after a retry that failed again")
                    .isEqualTo(failedBefore + 1);
        } finally {
            jdbc.update("delete from event_publication where serialized_event like ?", "%" + missing + "%");
        }
    }

    /** Waits until the reaction to the event about this version was attempted this often and failed, running {@code meanwhile} once a second. */
    private void awaitAttempts(long versionId, int attempts, Runnable meanwhile) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long nextNudge = System.nanoTime();
        while (true) {
            if (System.nanoTime() >= nextNudge) {
                meanwhile.run();
                nextNudge = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            }
            var found = jdbc.queryForList("select status, completion_attempts from event_publication "
                    + "where serialized_event like ?", "%" + versionId + "%");
            if (found.size() == 1 && "FAILED".equals(found.getFirst().get("STATUS"))
                    && ((Number) found.getFirst().get("COMPLETION_ATTEMPTS")).intValue() >= attempts) {
                return;
            }
            assertThat(System.nanoTime()).as("reaction attempted " + attempts + " time(s) within 30 s: " + found)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return SystemActor.runAsPerson(users.loadUserByUsername(email), work);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
