package nl.codewijzer.revision.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.MovableClock;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.ConsentDecisions;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.home.ui.HomeView;
import nl.codewijzer.notification.InboxEntry;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.notification.ui.InboxView;
import nl.codewijzer.revision.Revisions;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.TeamMeetings;
import nl.codewijzer.teamday.ui.ConsoleView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The review cycle as the coördinator and the schoolleiding notice it: reminders six and two weeks
 * before the evaluation date agreed at the adoption (in the inbox, in the mail outbox and on the
 * audit trail, once each, never at night), the start page's card, and "Herziening starten", which
 * opens the next concept and plans a team day with the five checklist questions. Its own Spring
 * context: a clock the test moves (spring 2026).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ReviewCycleTest extends SpringBrowserlessTest {

    /** Monday 2 March 2026, 10:00 school time: the day of the adoption. */
    private static final MovableClock CLOCK = new MovableClock(MovableClock.at(2026, 3, 2, 10, 0));
    /** Tuesday 21 April 2026: the evaluation date, 50 days after the adoption. */
    private static final LocalDate REVIEW = LocalDate.of(2026, 4, 21);
    private static final String DIRECTEUR = "directeur@school.example";
    private static final String COORDINATOR = "coordinator@school.example";

    @TestConfiguration
    static class SpringOf2026 {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    Revisions revisions;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    ConsentSubmission submission;
    @Autowired
    ConsentVoting voting;
    @Autowired
    ConsentDecisions decisions;
    @Autowired
    ConsentFollowUps followUps;
    @Autowired
    Notifications notifications;
    @Autowired
    TeamMeetings meetings;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;

    @Test
    void the_leaders_are_reminded_six_and_two_weeks_before_the_evaluation_date_see_a_card_and_start_the_revision() {
        CLOCK.set(MovableClock.at(2026, 3, 2, 10, 0));
        var adopted = adoptedWithReviewOn("Evaluatietest", REVIEW);
        var subject = "Evaluatie gedragscode op 21 april 2026: " + adopted.codeTitle();

        assertThat(remindDue()).isZero(); // 50 days ahead: too early
        assertThat(cardOf(COORDINATOR, adopted)).isEmpty();

        // Tuesday 10 March, six weeks before: not at 07:00, at 09:00 once, and not again
        CLOCK.set(MovableClock.at(2026, 3, 10, 7, 0));
        assertThat(remindDue()).isZero();
        CLOCK.set(MovableClock.at(2026, 3, 10, 9, 0));
        assertThat(remindDue()).isEqualTo(1);
        assertThat(remindDue()).isZero();
        CLOCK.set(MovableClock.at(2026, 3, 11, 9, 0));
        assertThat(remindDue()).isZero();
        assertThat(inboxOf(COORDINATOR, subject)).singleElement().satisfies(entry -> {
            assertThat(entry.body()).contains("versie 1", "21 april 2026", "over 42 dagen", "Herziening");
            assertThat(entry.link()).isEqualTo(Revisions.ROUTE);
        });
        assertThat(inboxOf(DIRECTEUR, subject)).hasSize(1);
        assertThat(inboxOf("docent@school.example", subject)).isEmpty();
        assertThat(SystemActor.runAs(() -> notifications.outbox())).filteredOn(mail -> mail.subject().equals(subject))
                .extracting(mail -> mail.recipient()).contains(COORDINATOR, DIRECTEUR)
                .doesNotContain("docent@school.example");

        // from six weeks before, the card is on the leaders' start page, not on a teacher's
        assertThat(cardOf(COORDINATOR, adopted)).singleElement().asString()
                .contains(adopted.codeTitle() + ", versie 1", "De afgesproken evaluatiedatum is 21 april 2026");
        assertThat(cardOf("docent@school.example", adopted)).isEmpty();

        // Saturday 4 April: no reminder at the weekend; Tuesday 7 April, two weeks before: the second one, once
        CLOCK.set(MovableClock.at(2026, 4, 4, 10, 0));
        assertThat(remindDue()).isZero();
        CLOCK.set(MovableClock.at(2026, 4, 7, 8, 50));
        assertThat(remindDue()).isEqualTo(1);
        assertThat(remindDue()).isZero();
        assertThat(inboxOf(COORDINATOR, subject)).hasSize(2)
                .anySatisfy(entry -> assertThat(entry.body()).contains("over 14 dagen"));
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("revision.reminder-sent", null, null, null), 0, 100))
                .filteredOn(entry -> entry.objectId().equals(String.valueOf(adopted.id())))
                .extracting(entry -> entry.details().substring(0, entry.details().indexOf(';')))
                .containsExactlyInAnyOrder("weeksBefore=6", "weeksBefore=2");

        // Wednesday 22 April: the date has passed; no more reminders, the card says so
        CLOCK.set(MovableClock.at(2026, 4, 22, 10, 0));
        assertThat(remindDue()).isZero();
        var card = cardOf(COORDINATOR, adopted);
        assertThat(card).singleElement().asString().contains("De evaluatiedatum 21 april 2026 is verstreken");

        // the card's button opens "Herziening starten"; a past date is refused at the field, nothing saved
        test($(Button.class).id("review-start-" + adopted.summary().codeId())).click();
        assertThat(getCurrentView()).isInstanceOf(RevisionView.class);
        var date = $(DatePicker.class).id("revision-date");
        date.setValue(LocalDate.of(2026, 4, 20));
        test($(Button.class).id("revision-start-confirm")).click();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("De teamdag kan niet in het verleden liggen.");
        assertThat(codeTexts.code(adopted.summary().codeId()).latestDraft()).isNull();

        date.setValue(LocalDate.of(2026, 5, 6));
        test($(Button.class).id("revision-start-confirm")).click();
        assertThat(getCurrentView()).isInstanceOf(ConsoleView.class);

        var code = codeTexts.code(adopted.summary().codeId());
        var concept = codeTexts.version(code.latestDraft().id());
        assertThat(concept.status()).isEqualTo(VersionStatus.CONCEPT);
        assertThat(concept.number()).isEqualTo(2);
        assertThat(concept.markdown()).isEqualTo(adopted.markdown());
        assertThat(concept.summary().message()).contains("Herziening van versie 1", "21 april 2026");
        assertThat(code.active().id()).isEqualTo(adopted.id()); // the adopted version stays in force
        var review = revisions.overview().stream().filter(r -> r.codeId() == code.id()).findFirst().orElseThrow();
        assertThat(review.started()).isTrue();
        var console = meetings.console(review.meetingId());
        assertThat(console.live().meeting().date()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(console.agenda()).extracting(AgendaItem::question).containsExactly(1, 2, 3, 4, 5);
        assertThat(console.agenda().getFirst().title())
                .isEqualTo("Mogen leraren contact hebben met leerlingen via sociale media?");

        // started: the card is gone, and starting twice is refused
        assertThat(cardOf(COORDINATOR, adopted)).isEmpty();
        var again = org.assertj.core.api.Assertions.catchThrowable(
                () -> revisions.start(code.id(), LocalDate.of(2026, 5, 7)));
        assertThat(((InvalidInput) again).problems()).extracting(InvalidInput.Problem::messageKey)
                .containsExactly("revision.error.already-started");
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("revision.started", null, null, null), 0, 100))
                .filteredOn(entry -> entry.objectId().equals(String.valueOf(adopted.id()))).singleElement()
                .satisfies(entry -> assertThat(entry.actorName()).isEqualTo("Samira El Idrissi"));
    }

    @Test
    void a_teacher_neither_starts_a_revision_nor_sends_the_reminders_and_a_version_without_a_date_gets_none() {
        CLOCK.set(MovableClock.at(2026, 3, 2, 10, 0));
        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> revisions.start(1, LocalDate.of(2026, 5, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> revisions.overview()).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, COORDINATOR);
        assertThatThrownBy(() -> revisions.remindDue()).isInstanceOf(AccessDeniedException.class);
        // the demo code was adopted without an MR round: no evaluation date, so no card and no reminder
        assertThat(revisions.overview()).filteredOn(review -> review.reviewDate() == null).isNotEmpty()
                .allSatisfy(review -> assertThat(review.due()).isFalse());
    }

    /** A new code whose version 1 went through the MR and was adopted today, evaluated on {@code review}. */
    private VersionDetail adoptedWithReviewOn(String title, LocalDate review) {
        var today = LocalDate.of(2026, 3, 2);
        SignIn.as(users, DIRECTEUR);
        var concept = codeTexts.createCode(title + " " + System.nanoTime(), "gedragscode-sociale-media");
        var round = submission.submit(concept.id(), "Afgesproken op de teamdag.", today.plusDays(14),
                VotingGeleding.PERSONEEL);
        SignIn.as(users, "mr.voorzitter@school.example");
        voting.vote(round.id(), VoteChoice.INSTEMMEN, "");
        SignIn.as(users, "mr.lid@school.example");
        voting.vote(round.id(), VoteChoice.INSTEMMEN, "");
        SignIn.as(users, "mr.voorzitter@school.example");
        decisions.close(round.id(), today, null);
        SignIn.as(users, DIRECTEUR);
        followUps.adopt(round.id(), today, review);
        SignIn.as(users, COORDINATOR);
        return codeTexts.version(concept.id());
    }

    private int remindDue() {
        return SystemActor.runAs(revisions::remindDue);
    }

    private List<InboxEntry> inboxOf(String email, String subject) {
        var person = users.loadUserByUsername(email);
        return SystemActor.runAsPerson(person, () -> notifications.inbox()).stream()
                .filter(entry -> entry.subject().equals(subject)).toList();
    }

    /** The review card for this code on the start page of this person, as text (empty: no card). */
    private List<String> cardOf(String email, VersionDetail adopted) {
        SignIn.as(users, email);
        navigate(InboxView.class); // away first: navigating to the view on screen keeps the old one
        navigate(HomeView.class);
        return $(Div.class).withId("review-card-" + adopted.summary().codeId()).all().stream()
                .map(card -> card.getElement().getTextRecursively()).toList();
    }
}
