package nl.codewijzer.teamday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.AccessDeniedView;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingSummary;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingDecisions;
import nl.codewijzer.teamday.TeamMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The console, the phone and the projector as the coördinator and a teacher use them, without a browser. */
@CodewijzerTest
class TeamDayViewsTest extends SpringBrowserlessTest {

    private static final String Q1 = "Mogen leraren contact hebben met leerlingen via sociale media?";
    private static final String Q2 =
            "Mag dat alleen als het contact openbaar is, en dus voor iedereen zichtbaar, of mag het ook één op één?";

    @Autowired
    TeamMeetings meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingFlow meetingFlow;

    @Autowired
    MeetingAttendance meetingAttendance;

    @Autowired
    MeetingDecisions meetingDecisions;

    @Autowired
    MeetingPolls polls;

    @Autowired
    MeetingBroadcaster broadcaster;

    @Autowired
    MeetingAsync async;

    @Autowired
    nl.codewijzer.teamday.MeetingMinutes meetingMinutes;

    @Autowired
    nl.codewijzer.notification.Notifications notifications;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private MeetingSummary plannedMeeting() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Schermen " + System.nanoTime(), "gedragscode-sociale-media");
        return planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE));
    }

    private MeetingSummary runningMeeting() {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        return meeting;
    }

    /** A running meeting whose asynchronous period began five minutes ago and ends in two days. */
    private MeetingSummary runningMeetingOpenToAsync() {
        var meeting = runningMeeting();
        var now = java.time.LocalDateTime.now(SchoolTime.ZONE);
        async.openWindow(meeting.id(), now.minusMinutes(5), now.plusDays(2));
        return meeting;
    }

    private ConsoleView console(MeetingSummary meeting) {
        return navigate("teamdag/" + meeting.id() + "/regie", ConsoleView.class);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** Types a decision with one follow-up action into the console's form, as the facilitator does. */
    private void typeDecision(ConsoleView console) {
        test(console.decision.text).setValue("Contact loopt alleen via de kanalen van school.");
        test(console.decision.exceptions).setValue("behalve tijdens schoolreizen");
        test(console.decision.addFollowUp).click();
        var row = $(DecisionForm.FollowUpRow.class).single();
        test(row.action).setValue("Ouders informeren");
        test(row.owner).setValue("Directie");
    }

    /** Lets pushed changes reach the UI: the broadcaster delivers on its own threads, a moment after the commit. */
    private static void eventually(Runnable assertion) throws InterruptedException {
        AssertionError last = null;
        for (int i = 0; i < 100; i++) {
            // what ui.access() queued while the test held the session
            MockVaadin.runUIQueue();
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                last = notYet;
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        throw last;
    }

    // ---- access ----

    @Test
    @WithUserDetails("docent@school.example")
    void a_medewerker_opening_the_console_or_the_projector_sees_geen_toegang() {
        var meeting = plannedMeeting();
        SignIn.as(users, "docent@school.example");

        navigate("teamdag/" + meeting.id() + "/regie", AccessDeniedView.class);
        assertThat(test($(H1.class).single()).getText()).isEqualTo("Geen toegang");
        assertThat($(ConsoleView.class).exists()).isFalse();

        navigate("teamdag/" + meeting.id() + "/beamer", AccessDeniedView.class);
        assertThat($(ProjectorView.class).exists()).isFalse();
    }

    // ---- the console ----

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_coordinator_plans_a_meeting_and_lands_on_its_console_with_the_five_questions() {
        var list = navigate(TeamDaysView.class);
        test(list.create).click();
        var dialog = $(NewMeetingDialog.class).single();
        test(dialog.title).setValue(" ");
        test(dialog.create).click();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Geef de bijeenkomst een titel.");

        test(dialog.title).setValue("Teamdag voorjaar");
        test(dialog.create).click();

        var console = (ConsoleView) getCurrentView();
        assertThat(console.heading.getText()).isEqualTo("Teamdag voorjaar");
        assertThat(text(console.meta)).contains("Gepland", "Code: ");
        assertThat(console.agenda.getChildren().filter(row -> row.getId().orElse("").startsWith("agenda-item-")))
                .hasSize(5);
        assertThat(text(console.agenda)).contains("1. " + Q1, "Nog open");
        assertThat(console.decision.isVisible()).as("nothing to decide before the start").isFalse();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_console_starts_the_meeting_runs_a_poll_and_records_a_decision() throws Exception {
        var meeting = plannedMeeting();
        var console = console(meeting);
        test($(Button.class).id("meeting-start")).click();
        assertThat($(com.vaadin.flow.component.html.H3.class).id("console-question").getText()).isEqualTo(Q1);

        assertThat(console.pollForm.kind.getValue()).isEqualTo(PollKind.MEERKEUZE);
        assertThat(console.pollForm.options.getValue().lines()).hasSize(4);
        test(console.pollForm.open).click();
        assertThat(console.pollForm.isVisible()).as("one poll at a time").isFalse();
        assertThat(text(console.pollStatus)).contains("anoniem", "uitslag verborgen", "Nog geen stemmen");

        SignIn.as(users, "docent@school.example");
        var poll = meetings.live(meeting.id()).poll();
        polls.vote(poll.id(), 2);
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.pollStatus)).contains("1 stem"));
        assertThat($(Svg.class, console.pollStatus).single().getElement().getProperty("innerHTML"))
                .as("the facilitator sees the votes come in").contains(">1 · 100%</text>");

        test($(Button.class).id("poll-reveal")).click();
        test($(Button.class).id("poll-close")).click();
        assertThat(text(console.pollStatus)).contains("Stemming gesloten", "uitslag getoond");

        console.decision.status.setValue(DecisionStatus.BESLOTEN);
        test(console.decision.save).click();
        assertThat(console.decision.text.isInvalid()).isTrue();
        assertThat(console.decision.text.getErrorMessage())
                .isEqualTo("Schrijf de afspraak op die in de gedragscode komt, of kies een andere stand.");

        typeDecision(console);
        test(console.decision.save).click();

        assertThat(console.decision.isDirty()).isFalse();
        var first = meetings.console(meeting.id()).agenda().getFirst();
        assertThat(first.decision().text()).isEqualTo("Contact loopt alleen via de kanalen van school.");
        assertThat(first.decision().followUps()).singleElement()
                .satisfies(action -> assertThat(action.owner()).isEqualTo("Directie"));
        assertThat(text(console.agenda)).contains("Besloten");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void a_closed_poll_keeps_its_result_the_form_comes_back_only_when_asked_and_empty_and_earlier_polls_fold_to_one_line()
            throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        test(console.pollForm.open).click();
        var first = meetings.live(meeting.id()).poll();
        SignIn.as(users, "docent@school.example");
        polls.vote(first.id(), 1);
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.poll.current)).contains("1 stem"));
        test($(Button.class).id("poll-close")).click();

        // the result stays on screen; no form filled in with the poll just held appears under it
        assertThat(text(console.poll.current)).contains("Stemming gesloten", "1 stem");
        assertThat(console.pollForm.isVisible()).as("no form under the closed poll").isFalse();
        assertThat(console.poll.newPoll.isVisible()).isTrue();

        // "Nieuwe stemming" opens an empty form, which can be cancelled
        test(console.poll.newPoll).click();
        assertThat(console.pollForm.isVisible()).isTrue();
        assertThat(console.pollForm.kind.getValue()).isEqualTo(PollKind.STELLING);
        assertThat(console.pollForm.question.getValue()).isEmpty();
        assertThat(console.pollForm.options.getValue()).isEmpty();
        test(console.pollForm.cancel).click();
        assertThat(console.pollForm.isVisible()).isFalse();
        assertThat(console.poll.newPoll.isVisible()).isTrue();

        // what the facilitator types in the new form stays when a colleague joins meanwhile
        test(console.poll.newPoll).click();
        test(console.pollForm.question).setValue("Na 20.00 uur sturen we leerlingen geen berichten meer.");
        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.meta)).contains("1 deelnemer"));
        assertThat(console.pollForm.isVisible()).isTrue();
        assertThat(console.pollForm.question.getValue()).isEqualTo("Na 20.00 uur sturen we leerlingen geen berichten meer.");
        test(console.pollForm.open).click();

        // the new poll is the current one, with its controls; the first folds to one line with its outcome
        assertThat(console.pollForm.isVisible()).isFalse();
        assertThat(console.poll.newPoll.isVisible()).isFalse();
        assertThat(text(console.poll.current)).contains("Na 20.00 uur", "Nog geen stemmen", "Stemming sluiten");
        var folded = $(Details.class, console.poll.earlier).single();
        assertThat(folded.isOpened()).as("an earlier poll is folded").isFalse();
        assertThat(text(folded.getSummary()))
                .isEqualTo(Q1 + " · 1 stem · meeste stemmen: B. " + first.options().get(1));

        // unfolded by the facilitator, it stays unfolded when the console is drawn again
        folded.setOpened(true);
        test($(Button.class).id("poll-reveal")).click();
        assertThat($(Details.class, console.poll.earlier).single().isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void sluiten_clicked_right_after_uitslag_tonen_or_while_votes_come_in_closes_the_poll() throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        test(console.pollForm.open).click();
        var poll = meetings.live(meeting.id()).poll();
        // the buttons as the facilitator sees them, before either redraw
        var close = $(Button.class).id("poll-close");
        var reveal = $(Button.class).id("poll-reveal");

        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 1);
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.poll.current)).contains("1 stem"));
        test(reveal).click();
        assertThat(text(console.poll.current)).contains("uitslag getoond");
        assertThat(reveal.isVisible()).as("revealed once, the button goes").isFalse();
        // the click lands on the button that was on screen: it is still the card's, and it closes the poll
        test(close).click();

        assertThat(meetings.live(meeting.id()).poll().isOpen()).isFalse();
        assertThat(text(console.poll.current)).contains("Stemming gesloten", "1 stem");
        assertThat(close.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void hiding_an_open_answer_while_new_answers_come_in_hides_the_answer_that_was_clicked() throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        test(console.pollForm.kind).selectItem("Open vraag (antwoorden als woordwolk)");
        test(console.pollForm.question).setValue("Wat werkt goed in de schoolapp?");
        test(console.pollForm.open).click();
        var poll = meetings.live(meeting.id()).poll();
        SignIn.as(users, "mr.lid@school.example");
        polls.answer(poll.id(), "Scheldpartij over collega Pietersen");
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.poll.current)).contains("Pietersen"));
        // the facilitator aims at the offending answer's button; a colleague's answer arrives before the click
        var offending = $(com.vaadin.flow.component.html.Div.class).withClassName("open-answer").single();
        var hide = $(Button.class, offending).single();
        SignIn.as(users, "docent@school.example");
        polls.answer(poll.id(), "Berichten aan ouders");
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.poll.current)).contains("Berichten aan ouders"));
        test(hide).click();

        assertThat(polls.poll(poll.id()).answers()).filteredOn(answer -> answer.hidden())
                .extracting(answer -> answer.text()).containsExactly("Scheldpartij over collega Pietersen");
        assertThat(text(console.poll.current)).contains("1 antwoord verborgen");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_keys_move_through_the_agenda_and_open_reveal_and_close_the_poll() {
        var meeting = runningMeeting();
        var console = console(meeting);

        fireShortcut(Key.ARROW_RIGHT);
        assertThat(text(console.flow)).contains("Vraag 2 van 5", Q2);
        fireShortcut(Key.ARROW_LEFT);
        assertThat(text(console.flow)).contains("Vraag 1 van 5");
        assertThat(text(console.flow)).contains("P stemming openen", "R uitslag tonen", "S stemming sluiten");

        fireShortcut(Key.KEY_P);
        assertThat(meetings.live(meeting.id()).poll().isOpen()).isTrue();
        fireShortcut(Key.KEY_R);
        assertThat(meetings.live(meeting.id()).poll().revealed()).isTrue();
        fireShortcut(Key.KEY_S);
        assertThat(meetings.live(meeting.id()).poll().isOpen()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void a_proposal_from_a_phone_appears_on_the_console_and_becomes_the_decision_text() throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        SignIn.as(users, "docent@school.example");
        polls.propose(meeting.id(), "Geen appjes na 20.00 uur.");
        SignIn.as(users, "coordinator@school.example");

        eventually(() -> assertThat(text(console.proposals)).contains("Geen appjes na 20.00 uur.", "Bart de Vries"));
        test($(Button.class, console.proposals).withText("Als besluittekst").single()).click();

        assertThat(console.decision.text.getValue()).isEqualTo("Geen appjes na 20.00 uur.");
        assertThat(console.decision.status.getValue()).isEqualTo(DecisionStatus.BESLOTEN);
        assertThat(console.decision.isDirty()).isTrue();
        SignIn.as(users, "docent@school.example");
        polls.propose(meeting.id(), "Of na 19.00 uur.");
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(console.proposals)).contains("Of na 19.00 uur."));
        assertThat(console.decision.text.getValue()).as("a push keeps what the facilitator is typing")
                .isEqualTo("Geen appjes na 20.00 uur.");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void a_phone_joining_does_not_undo_the_facilitators_pick_of_someone_without_a_phone() throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        test(console.absent).selectItem("Karin Smit");
        var next = $(Button.class).id("flow-next");

        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        SignIn.as(users, "coordinator@school.example");

        eventually(() -> assertThat(text(console.attendance)).contains("Bart de Vries"));
        assertThat(text($(Span.class).id("console-joined"))).isEqualTo("1 deelnemer");
        assertThat($(Button.class).id("flow-next")).as("a join redraws the count and the attendance, not the whole console")
                .isSameAs(next);
        assertThat(console.absent.getValue()).as("the person being added by hand stays chosen")
                .satisfies(chosen -> assertThat(chosen.fullName()).isEqualTo("Karin Smit"));
        assertThat(console.absent.getListDataView().getItems()).as("who joined is no longer offered")
                .noneMatch(member -> member.fullName().equals("Bart de Vries"));

        // the small mark on the name takes someone off the list again (a plain button since decision 0045)
        var remove = $(NativeButton.class, console.attendance).single();
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Bart de Vries van de lijst halen");
        test(remove).click();
        assertThat(text(console.attendance)).doesNotContain("Bart de Vries");
        assertThat(text($(Span.class).id("console-joined"))).isEqualTo("Nog niemand doet mee");
        assertThat(meetings.console(meeting.id()).attendees()).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void votes_coming_in_update_the_tally_on_the_console_and_leave_what_the_facilitator_is_typing_alone()
            throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        test(console.pollForm.open).click();
        var poll = meetings.live(meeting.id()).poll();
        typeDecision(console);
        test(console.decision.rationale).setValue("Dan lezen collega's mee.");
        test(console.absent).selectItem("Karin Smit");
        var next = $(Button.class).id("flow-next");

        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 2);
        SignIn.as(users, "directeur@school.example");
        polls.vote(poll.id(), 0);
        SignIn.as(users, "coordinator@school.example");

        eventually(() -> assertThat(text(console.pollStatus)).contains("2 stemmen"));
        assertThat($(Svg.class, console.pollStatus).single().getElement().getProperty("innerHTML"))
                .contains(">1 · 50%</text>");
        assertThat(console.decision.text.getValue()).isEqualTo("Contact loopt alleen via de kanalen van school.");
        assertThat(console.decision.rationale.getValue()).isEqualTo("Dan lezen collega's mee.");
        assertThat(console.decision.exceptions.getValue()).isEqualTo("behalve tijdens schoolreizen");
        assertThat($(DecisionForm.FollowUpRow.class).single()).satisfies(kept -> {
            assertThat(kept.action.getValue()).isEqualTo("Ouders informeren");
            assertThat(kept.owner.getValue()).isEqualTo("Directie");
        });
        assertThat(console.decision.isDirty()).isTrue();
        assertThat(console.absent.getValue()).as("the person being added to the attendance stays chosen")
                .satisfies(chosen -> assertThat(chosen.fullName()).isEqualTo("Karin Smit"));
        assertThat($(Button.class).id("flow-next")).as("a vote redraws only the tally, not the rest of the console")
                .isSameAs(next);
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_facilitators_own_step_shows_at_once_and_its_push_does_not_redraw_the_console_again() throws Exception {
        var meeting = runningMeeting();
        var console = console(meeting);
        var heard = new CopyOnWriteArrayList<What>();
        var registration = broadcaster.register(meeting.id(), change -> heard.add(change.what()));
        try {
            var next = $(Button.class).id("flow-next");
            // what the click drew, taken in the click itself: a lookup with $ would first run what a push queued
            var drawnByTheClick = new AtomicReference<List<Component>>();
            next.addClickListener(click -> drawnByTheClick.set(console.flow.getChildren().toList()));
            test(next).click();
            assertThat(text(console.flow)).as("drawn at once, without waiting for the push").contains("Vraag 2 van 5", Q2);

            for (int i = 0; i < 100 && !heard.contains(What.FLOW); i++) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(heard).as("the step was announced to the other screens").contains(What.FLOW);
            TimeUnit.MILLISECONDS.sleep(300);
            MockVaadin.runUIQueue();

            assertThat(console.flow.getChildren()).as("the question and the buttons under the mouse are not replaced again")
                    .containsExactlyElementsOf(drawnByTheClick.get());
        } finally {
            registration.remove();
        }
    }

    // ---- the phone ----

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_joins_with_the_code_and_votes_and_may_change_the_vote() {
        var meeting = runningMeeting();
        SignIn.as(users, "coordinator@school.example");
        var poll = polls.open(meeting.id(), PollKind.STELLING, "Na 19.00 uur geen berichten.", java.util.List.of(), true);
        SignIn.as(users, "docent@school.example");

        var phone = navigate(PhoneView.class, meeting.joinCode().toLowerCase(java.util.Locale.ROOT));

        assertThat(phone.codeForm.isVisible()).isFalse();
        assertThat(text(phone.meetingArea)).contains("Vraag 1 van 5", Q1);
        assertThat(text(phone.pollArea)).contains("Na 19.00 uur geen berichten.", "Anonieme stemming",
                "U hebt nog niet gestemd.");
        test($(NativeButton.class).id("vote-option-0")).click();
        assertThat($(Paragraph.class).id("my-vote").getText())
                .isEqualTo("Uw stem: Eens. U kunt wijzigen tot de stemming sluit.");
        test($(NativeButton.class).id("vote-option-1")).click();
        assertThat($(Paragraph.class).id("my-vote").getText()).startsWith("Uw stem: Oneens.");
        assertThat($(NativeButton.class).id("vote-option-1").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(text(phone.pollArea)).as("no results before the reveal").doesNotContain("Eens: ");

        SignIn.as(users, "coordinator@school.example");
        assertThat(polls.poll(poll.id()).counts()).containsExactly(0, 1, 0);
    }

    @Test
    @WithUserDetails("docent@school.example")
    void while_a_poll_is_open_the_phone_shows_it_first_and_marks_the_chosen_answer_and_afterwards_the_answers_with_their_counts() {
        var meeting = runningMeeting();
        SignIn.as(users, "coordinator@school.example");
        var poll = polls.open(meeting.id(), PollKind.MEERKEUZE, "Via welke kanalen?",
                List.of("Alleen de schoolapp", "Schoolapp en schoolmail", "Ook sociale media"), false);
        SignIn.as(users, "docent@school.example");
        var phone = navigate(PhoneView.class, meeting.joinCode());

        assertThat(phone.getChildren().toList().indexOf(phone.pollArea))
                .as("the open poll comes before the question's guidance")
                .isLessThan(phone.getChildren().toList().indexOf(phone.meetingArea));
        test($(NativeButton.class).id("vote-option-1")).click();
        assertThat(text($(NativeButton.class).id("vote-option-1"))).contains("B. Schoolapp en schoolmail", "✓ Uw stem");
        assertThat(text($(NativeButton.class).id("vote-option-0"))).doesNotContain("Uw stem");

        SignIn.as(users, "coordinator@school.example");
        polls.close(poll.id());
        polls.reveal(poll.id());
        SignIn.as(users, "docent@school.example");
        var closed = navigate(PhoneView.class, meeting.joinCode());
        assertThat(closed.getChildren().toList().indexOf(closed.pollArea))
                .as("after the vote the question comes first again")
                .isGreaterThan(closed.getChildren().toList().indexOf(closed.meetingArea));
        assertThat(text(closed.pollArea)).contains("A. Alleen de schoolapp — 0 stemmen (0%)",
                "B. Schoolapp en schoolmail — 1 stem (100%)", "C. Ook sociale media — 0 stemmen (0%)");
    }

    @Test
    @WithUserDetails("fatima.amrani@ouders.example")
    void a_parent_in_the_mr_who_follows_the_join_code_is_told_the_team_day_is_for_staff() {
        SignIn.as(users, "coordinator@school.example");
        var meeting = runningMeeting();
        SignIn.as(users, "fatima.amrani@ouders.example");

        var phone = navigate(PhoneView.class, meeting.joinCode());

        assertThat(phone.codeForm.isVisible()).isFalse();
        assertThat(text(phone.meetingArea)).contains("De teamdag is voor het personeel van de school")
                .doesNotContain("beheerder");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_wrong_code_and_a_closed_meeting_are_refused_at_the_code_field() {
        var phone = navigate(PhoneView.class, "ZZZZZZ");

        assertThat(phone.codeForm.isVisible()).isTrue();
        assertThat(phone.code.isInvalid()).isTrue();
        assertThat(phone.code.getErrorMessage())
                .isEqualTo("Er is geen bijeenkomst met de code ZZZZZZ. Kijk nog eens goed naar de beamer.");

        var meeting = runningMeeting();
        meetingFlow.close(meeting.id());
        SignIn.as(users, "docent@school.example");
        test(phone.code).setValue(meeting.joinCode());
        test(phone.join).click();
        var reopened = (PhoneView) getCurrentView();
        assertThat(reopened.code.getErrorMessage())
                .isEqualTo("Deze bijeenkomst is afgesloten: meedoen, stemmen en besluiten kan niet meer.");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void an_empty_or_too_long_proposal_is_refused_at_the_field_and_a_good_one_is_sent() {
        var meeting = runningMeeting();
        SignIn.as(users, "docent@school.example");
        var phone = navigate(PhoneView.class, meeting.joinCode());

        test(phone.send).click();
        assertThat(phone.proposal.getErrorMessage()).isEqualTo("Schrijf eerst uw voorstel op.");
        test(phone.proposal).setValue("a".repeat(2001));
        test(phone.send).click();
        assertThat(phone.proposal.getErrorMessage()).isEqualTo("Een voorstel mag hoogstens 2.000 tekens zijn; dit zijn er 2.001.");

        test(phone.proposal).setValue("Alleen via de schoolapp.");
        test(phone.send).click();
        assertThat(phone.proposal.isInvalid()).isFalse();
        assertThat(phone.proposal.getValue()).isEmpty();
        SignIn.as(users, "coordinator@school.example");
        assertThat(meetings.console(meeting.id()).proposals()).extracting(p -> p.text())
                .containsExactly("Alleen via de schoolapp.");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void the_phone_follows_the_console_live_and_leaves_no_listener_behind() throws Exception {
        var meeting = plannedMeeting();
        SignIn.as(users, "docent@school.example");
        var phone = navigate(PhoneView.class, meeting.joinCode());
        assertThat(text(phone.meetingArea)).contains("De bijeenkomst begint zo.");
        assertThat(broadcaster.listeners(meeting.id())).isEqualTo(1);

        SignIn.as(users, "coordinator@school.example");
        meetingFlow.start(meeting.id());
        meetingFlow.next(meeting.id());
        SignIn.as(users, "docent@school.example");
        eventually(() -> assertThat(text(phone.meetingArea)).contains("Vraag 2 van 5", Q2));

        SignIn.as(users, "coordinator@school.example");
        polls.openDefault(meeting.id());
        SignIn.as(users, "docent@school.example");
        eventually(() -> assertThat($(NativeButton.class, phone.pollArea).all()).hasSize(4));

        navigate(PhoneView.class, "");
        assertThat(broadcaster.listeners(meeting.id())).as("the code form follows no meeting").isZero();
    }

    // ---- the minutes and the draft ----

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_minutes_show_the_outcome_and_make_draft_opens_the_comparison_with_the_undecided_items_listed() {
        var meeting = runningMeeting();
        var first = meetings.console(meeting.id()).agenda().getFirst();
        meetingDecisions.recordDecision(first.id(), first.version(), new nl.codewijzer.teamday.Decision(DecisionStatus.BESLOTEN,
                "Alleen via de schoolapp.", "Dan lezen collega's mee.", "", java.util.List.of()));
        meetingFlow.close(meeting.id());

        var minutes = navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        assertThat(text(minutes)).contains("Verslag: Teamdag", "Alleen via de schoolapp.", "Dan lezen collega's mee.",
                "Besloten", "Nog open");
        // meanwhile the concept got an agreement in section 1, where the template had its placeholder
        var concept = codeTexts.version(java.util.Objects.requireNonNull(codeTexts.code(meeting.codeId()).latestDraft()).id());
        var agreed = "- Alleen via de kanalen van de school.\n- Geen vriendschapsverzoeken van leerlingen aannemen.";
        int section1 = concept.markdown().indexOf("## 1.");
        int placeholder = concept.markdown().indexOf("*Hier komt de afspraak die het team maakt.*", section1);
        codeTexts.save(concept.id(), concept.markdown().substring(0, placeholder) + agreed
                + concept.markdown().substring(placeholder + "*Hier komt de afspraak die het team maakt.*".length()),
                "Afspraak 1 uitgeschreven", "");
        test($(Button.class).id("make-draft")).click();

        // section 1 already holds an agreement: asked first, with that text, and "add" until told otherwise
        var choose = $(ReplaceOrAddDialog.class).single();
        assertThat(text(choose)).contains("Nu in de gedragscode:", "Alleen via de kanalen van de school.");
        assertThat(choose.kept()).hasSize(1);
        test(choose.make).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CompareView");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("changed-sections").getText())
                .as("the comparison says which sections the meeting changed").startsWith("Gewijzigde onderdelen: 1.")
                .doesNotContain("2.");
        var draft = codeTexts.version(java.util.Objects.requireNonNull(codeTexts.code(meeting.codeId()).latestDraft()).id())
                .markdown();
        assertThat(draft).as("the agreement that was there stays, the decision follows it")
                .contains(agreed, "Alleen via de schoolapp.");
        assertThat($(com.vaadin.flow.component.Html.class).all()).as("the diff shows the decided text")
                .anySatisfy(html -> assertThat(html.getInnerHtml()).contains("Alleen via de schoolapp."));
        var undecided = $(com.vaadin.flow.component.html.Div.class).id("undecided-items");
        assertThat(text(undecided)).contains("Deze 4 punten staan niet in het concept", "2. " + Q2 + " – Nog open");

        var again = navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        assertThat($(Button.class, again.actions).withId("make-draft").exists()).as("one draft per meeting").isFalse();
        assertThat($(Button.class).id("open-draft").getText()).startsWith("Concept versie "
                + java.util.Objects.requireNonNull(codeTexts.code(meeting.codeId()).latestDraft()).number() + " bekijken");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_coordinator_corrects_the_day_a_closed_meeting_was_held_and_a_later_day_is_refused_at_the_field() {
        var meeting = runningMeeting();
        meetingFlow.close(meeting.id());
        var today = LocalDate.now(SchoolTime.ZONE);
        var minutes = navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        var heldOn = $(com.vaadin.flow.component.datepicker.DatePicker.class).id("held-on");
        assertThat(heldOn.getValue()).isEqualTo(today);

        test(heldOn).setValue(today.plusDays(3));
        test($(Button.class).id("correct-date")).click();
        assertThat(heldOn.isInvalid()).isTrue();
        assertThat(heldOn.getErrorMessage()).startsWith("De bijeenkomst is op " + Dates.date(minutes, today) + " afgesloten");
        assertThat(text(minutes)).contains("Datum" + Dates.date(minutes, today));

        var held = today.minusDays(1);
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("held-on")).setValue(held);
        test($(Button.class).id("correct-date")).click();
        assertThat(text(minutes)).contains("Datum" + Dates.date(minutes, held));
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class).id("held-on").isInvalid()).isFalse();
    }

    @Test
    @WithUserDetails("docent@school.example")
    void staff_read_the_minutes_once_the_meeting_is_closed_but_make_no_draft() {
        var meeting = runningMeeting();
        SignIn.as(users, "docent@school.example");
        navigate("teamdag/" + meeting.id() + "/verslag", nl.codewijzer.base.ui.ServiceAccessDeniedView.class);
        assertThat(test($(H1.class).single()).getText()).isEqualTo("Geen toegang");

        SignIn.as(users, "coordinator@school.example");
        meetingFlow.close(meeting.id());
        SignIn.as(users, "docent@school.example");
        var minutes = navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        assertThat(text(minutes)).contains("Verslag: Teamdag", "1. " + Q1);
        assertThat($(Button.class).withId("make-draft").exists()).isFalse();
        assertThat($(Button.class).withId("correct-date").exists()).as("only the coördinator corrects the date").isFalse();
    }

    // ---- taking part without being there (issue 15) ----

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_console_sets_the_asynchronous_period_with_the_anonymity_warning_refuses_an_end_before_the_start_and_closes_it()
            {
        var meeting = runningMeeting();
        var console = console(meeting);
        var panel = console.asyncPanel;
        assertThat($(Paragraph.class).id("async-warning").getText())
                .contains("open de periode vóórdat de anonieme stemmingen sluiten");
        assertThat(panel.status.getText()).isEqualTo("Er is nog geen periode voor asynchroon meedoen ingesteld.");
        assertThat(panel.close.isVisible()).isFalse();

        var start = java.time.LocalDateTime.now(SchoolTime.ZONE).plusDays(1).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        panel.startsAt.setValue(start);
        panel.endsAt.setValue(start.minusHours(2));
        test(panel.open).click();
        assertThat(panel.endsAt.isInvalid()).isTrue();
        assertThat(panel.endsAt.getErrorMessage()).isEqualTo("Het einde ligt vóór het begin: kies een einde na het begin.");
        assertThat(async.window(meeting.id())).as("nothing saved").isEmpty();

        panel.endsAt.setValue(start.plusDays(3));
        test(panel.open).click();
        assertThat(panel.endsAt.isInvalid()).isFalse();
        assertThat(async.window(meeting.id())).hasValueSatisfying(window -> {
            assertThat(window.startsAt()).isEqualTo(start);
            assertThat(window.endsAt()).isEqualTo(start.plusDays(3));
        });
        assertThat(panel.status.getText()).startsWith("Asynchroon meedoen gaat open op ")
                .contains(Dates.dateTime(console, start.atZone(SchoolTime.ZONE).toInstant()));
        assertThat(panel.open.getText()).isEqualTo("Periode wijzigen");
        assertThat(panel.link.getHref()).isEqualTo("teamdag/" + meeting.id() + "/asynchroon");

        test(panel.close).click();
        assertThat(async.window(meeting.id())).hasValueSatisfying(window -> assertThat(window.ended()).isTrue());
        assertThat(panel.status.getText()).startsWith("De periode voor asynchroon meedoen (").endsWith(") is gesloten.");
        assertThat(panel.close.isVisible()).isFalse();
        assertThat(panel.open.getText()).isEqualTo("Periode openen");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_console_shows_the_window_closed_once_the_job_ended_it() throws Exception {
        var meeting = runningMeetingOpenToAsync();
        var console = navigate("teamdag/" + meeting.id() + "/regie", ConsoleView.class);
        var panel = console.asyncPanel;
        assertThat(panel.status.getText()).doesNotEndWith(") is gesloten.");
        // its end has passed (a moment ago rather than in two days), and the job ends it
        jdbc.update("update meeting_async_window set ends_at = ? where meeting_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), meeting.id());
        SystemActor.runAs(async::endWindows);

        eventually(() -> assertThat(panel.status.getText()).as("pushed to the open console")
                .startsWith("De periode voor asynchroon meedoen (").endsWith(") is gesloten."));
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_who_missed_the_session_chooses_and_sends_one_vote_on_the_closed_scale_poll_on_the_asynchronous_page() {
        var meeting = runningMeetingOpenToAsync();
        var poll = polls.open(meeting.id(), PollKind.SCHAAL, "Appen na 20.00 uur hoort er niet bij.", List.of(), true);
        SignIn.as(users, "nieuw@school.example");
        polls.vote(poll.id(), 4);
        SignIn.as(users, "coordinator@school.example");
        polls.reveal(poll.id());
        polls.close(poll.id());
        SignIn.as(users, "docent@school.example");

        var page = navigate("teamdag/" + meeting.id() + "/asynchroon", AsyncVoteView.class);
        assertThat(page.heading.getText()).isEqualTo("Teamdag");
        assertThat(page.status.getText()).startsWith("U kunt tot ").endsWith("Nog 1 stemming voor u.");
        assertThat($(com.vaadin.flow.component.html.H2.class).id("async-question").getText())
                .isEqualTo("Appen na 20.00 uur hoort er niet bij.");
        assertThat(text(page.pollArea)).contains("Anonieme stemming", "kan daarna niet meer worden gewijzigd");
        assertThat(page.send.isEnabled()).as("nothing chosen yet").isFalse();

        test($(NativeButton.class).id("vote-option-1")).click();
        assertThat($(NativeButton.class).id("vote-option-1").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(text($(NativeButton.class).id("vote-option-1"))).contains("✓ Gekozen");
        test(page.send).click();

        assertThat(page.sent.getText()).isEqualTo("Uw stem is ontvangen: 2 · oneens.");
        assertThat(page.status.getText()).startsWith("Er is niets meer om over te stemmen");
        assertThat(page.pollArea.isVisible()).isFalse();
        SignIn.as(users, "coordinator@school.example");
        assertThat(async.split(poll.id())).hasValueSatisfying(split -> {
            assertThat(split.live()).containsExactly(0, 0, 0, 0, 1);
            assertThat(split.async()).containsExactly(0, 1, 0, 0, 0);
        });
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_who_missed_the_session_sends_a_proposal_for_a_topic_of_her_choice_and_the_minutes_mark_it_asynchronous() {
        var meeting = runningMeetingOpenToAsync();
        SignIn.as(users, "docent@school.example");

        var page = navigate("teamdag/" + meeting.id() + "/asynchroon", AsyncVoteView.class);
        assertThat(page.proposalArea.isVisible()).isTrue();
        test(page.proposalSend).click();
        assertThat(page.proposalItem.isInvalid()).isTrue();
        assertThat(page.proposalItem.getErrorMessage()).isEqualTo("Kies eerst het onderwerp van uw voorstel.");

        var topic = page.proposalItem.getListDataView().getItems().toList().get(2);
        page.proposalItem.setValue(topic);
        page.proposalText.setValue("   ");
        test(page.proposalSend).click();
        assertThat(page.proposalText.isInvalid()).isTrue();
        assertThat(page.proposalText.getErrorMessage()).isEqualTo("Schrijf eerst uw voorstel op.");
        assertThat(page.proposalSent.isVisible()).isFalse();

        page.proposalText.setValue("We appen niet met leerlingen na 20.00 uur.");
        test(page.proposalSend).click();
        assertThat(page.proposalText.isInvalid()).isFalse();
        assertThat(page.proposalSent.getText())
                .isEqualTo("Uw voorstel bij " + topic.position() + ". " + topic.title() + " is verstuurd.");
        assertThat(page.proposalText.getValue()).as("sent: the field is empty again").isEmpty();

        SignIn.as(users, "coordinator@school.example");
        assertThat(async.participation(meeting.id()).async()).isEqualTo(1);
        meetingFlow.close(meeting.id());
        var minutes = navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        assertThat(text(minutes)).contains("We appen niet met leerlingen na 20.00 uur. (Bart de Vries, asynchroon)");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void the_asynchronous_page_says_when_there_is_no_open_period_and_is_closed_to_a_parent_in_the_mr() {
        var meeting = runningMeeting();
        SignIn.as(users, "docent@school.example");
        var page = navigate("teamdag/" + meeting.id() + "/asynchroon", AsyncVoteView.class);
        assertThat(page.status.getText())
                .isEqualTo("Alsnog stemmen kan nu niet: er is geen open periode voor deze bijeenkomst.");
        assertThat(page.pollArea.isVisible()).isFalse();
        assertThat(page.proposalArea.isVisible()).as("no proposals outside the period").isFalse();

        SignIn.as(users, "fatima.amrani@ouders.example");
        navigate("teamdag/" + meeting.id() + "/asynchroon", AccessDeniedView.class);
        assertThat($(AsyncVoteView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void console_projector_minutes_and_pdf_show_live_and_asynchronous_votes_apart_and_count_who_took_part()
            throws Exception {
        var meeting = runningMeetingOpenToAsync();
        var poll = polls.open(meeting.id(), PollKind.SCHAAL, "Appen na 20.00 uur hoort er niet bij.", List.of(), true);
        for (var phone : List.of("docent@school.example", "mr.lid@school.example")) {
            SignIn.as(users, phone);
            meetingAttendance.join(meeting.joinCode());
            polls.vote(poll.id(), 4);
        }
        SignIn.as(users, "coordinator@school.example");
        polls.reveal(poll.id());
        polls.close(poll.id());
        SignIn.as(users, "nieuw@school.example");
        async.vote(poll.id(), 1);
        SignIn.as(users, "coordinator@school.example");

        console(meeting);
        assertThat($(Paragraph.class).id("poll-split").getText())
                .startsWith("Live (2 stemmen): 5 · helemaal eens: 2, Mediaan: ")
                .contains(" — Asynchroon (1 stem): 2 · oneens: 1, Mediaan: ");
        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        assertThat($(Paragraph.class).id("projector-split").getText())
                .contains("Live (2 stemmen): 5 · helemaal eens: 2", "Asynchroon (1 stem): 2 · oneens: 1");
        assertThat($(Svg.class).id("projector-results").getElement().getProperty("innerHTML"))
                .as("the bars show all votes together").contains(">2 · 67%</text>", ">1 · 33%</text>");

        meetingFlow.close(meeting.id());
        // the closed meeting's projector keeps showing them apart, and follows votes still coming in
        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        assertThat($(Paragraph.class).id("projector-participation").getText())
                .isEqualTo("Live deelgenomen: 2 · Asynchroon deelgenomen: 1");
        var splits = $(com.vaadin.flow.component.html.UnorderedList.class).id("projector-splits");
        assertThat(text(splits)).contains("Appen na 20.00 uur hoort er niet bij.", "Live (2 stemmen): 5 · helemaal eens: 2",
                "Asynchroon (1 stem): 2 · oneens: 1");
        SignIn.as(users, "iris.hendriks@school.example");
        async.vote(poll.id(), 1);
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> {
            assertThat($(Paragraph.class).id("projector-participation").getText())
                    .isEqualTo("Live deelgenomen: 2 · Asynchroon deelgenomen: 2");
            assertThat(text($(com.vaadin.flow.component.html.UnorderedList.class).id("projector-splits")))
                    .contains("Asynchroon (2 stemmen): 2 · oneens: 2");
        });
        navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        assertThat($(Paragraph.class).id("minutes-participation").getText())
                .isEqualTo("Live deelgenomen: 2 · Asynchroon deelgenomen: 2");
        var table = $(com.vaadin.flow.component.html.NativeTable.class).single();
        assertThat(table.getCaptionText()).isEqualTo("Live: 2 stemmen · Asynchroon: 2 stemmen");
        assertThat(text(table)).as("option, live, asynchronous, together").contains("Live", "Asynchroon", "Samen",
                "oneens022", "helemaal eens202");

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(meetingMinutes.minutesPdf(meeting.id(),
                nl.codewijzer.base.Translations.DUTCH))) {
            var lines = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(lines).contains("Live deelgenomen: 2 · Asynchroon deelgenomen: 2",
                    "Live: 2 stemmen · Asynchroon: 2 stemmen");
        }
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void an_asynchronous_answer_to_the_open_question_waits_on_the_console_until_released_then_counts_in_cloud_and_minutes()
            throws Exception {
        var meeting = runningMeetingOpenToAsync();
        var poll = polls.open(meeting.id(), PollKind.OPEN_VRAAG, "Wat mist u in de afspraken?", List.of(), true);
        SignIn.as(users, "mr.lid@school.example");
        meetingAttendance.join(meeting.joinCode());
        polls.answer(poll.id(), "Schoolreizen");
        SignIn.as(users, "coordinator@school.example");
        polls.reveal(poll.id());
        polls.close(poll.id());

        // the teacher who missed it answers on the asynchronous page; bad input is refused at the field
        SignIn.as(users, "docent@school.example");
        var page = navigate("teamdag/" + meeting.id() + "/asynchroon", AsyncVoteView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).id("async-question").getText())
                .isEqualTo("Wat mist u in de afspraken?");
        assertThat(text(page.pollArea)).contains("zodra de gespreksleider het heeft gelezen en vrijgegeven");
        page.answerField.setValue("   ");
        test(page.answerSend).click();
        assertThat(page.answerField.isInvalid()).isTrue();
        assertThat(page.answerField.getErrorMessage())
                .isEqualTo("Vul een antwoord in: een leeg antwoord kan niet worden ingestuurd.");
        page.answerField.setValue("x".repeat(MeetingPolls.MAX_ANSWER + 1));
        test(page.answerSend).click();
        assertThat(page.answerField.getErrorMessage()).isEqualTo("Een antwoord mag hoogstens 500 tekens zijn; dit zijn er 501.");
        assertThat(jdbc.queryForObject("select count(*) from meeting_vote where poll_id = ?", Integer.class, poll.id()))
                .as("nothing saved").isEqualTo(1);
        page.answerField.setValue("Groepsapps met ouders");
        test(page.answerSend).click();
        assertThat(page.answerField.isInvalid()).isFalse();
        assertThat(page.sent.getText()).isEqualTo(
                "Uw antwoord is ontvangen: Groepsapps met ouders. Het telt mee zodra de gespreksleider het heeft vrijgegeven.");
        assertThat(page.status.getText()).startsWith("Er is niets meer om over te stemmen");
        SignIn.as(users, "nieuw@school.example");
        async.answer(poll.id(), "Kletskoek onzin");

        // held: the projector's cloud is as the room left it
        SignIn.as(users, "coordinator@school.example");
        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        assertThat($(Svg.class).id("projector-results").getElement().getProperty("innerHTML"))
                .contains("schoolreizen").doesNotContain("groepsapps", "kletskoek");
        assertThat($(Paragraph.class).id("projector-poll-status").getText()).startsWith("1 antwoord");

        // the console lists them for moderation: one is hidden, the rest released
        var console = console(meeting);
        var held = console.asyncPanel.held;
        assertThat(text(held)).contains("Asynchrone antwoorden om vrij te geven", "Wat mist u in de afspraken?",
                "2 asynchrone antwoorden wachten op vrijgave", "Groepsapps met ouders", "Kletskoek onzin");
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("current-poll"))).contains("wacht op vrijgave");
        long offending = polls.poll(poll.id()).answers().stream().filter(answer -> answer.text().startsWith("Kletskoek"))
                .findFirst().orElseThrow().id();
        test($(Button.class, $(com.vaadin.flow.component.html.Div.class).id("held-answer-" + offending))
                .withText("Verbergen").single()).click();
        assertThat(text(console.asyncPanel.held)).contains("Kletskoek onzin", "verborgen", "Weer tonen");
        test($(Button.class).id("held-release-" + poll.id())).click();
        assertThat(console.asyncPanel.held.isVisible()).as("nothing left to release").isFalse();
        assertThat($(Svg.class).withClassName("console-cloud").single().getElement().getProperty("innerHTML"))
                .contains("groepsapps").doesNotContain("kletskoek");

        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        assertThat($(Svg.class).id("projector-results").getElement().getProperty("innerHTML"))
                .contains("schoolreizen", "groepsapps").doesNotContain("kletskoek");
        assertThat($(Paragraph.class).id("projector-poll-status").getText()).startsWith("2 antwoorden");

        meetingFlow.close(meeting.id());
        navigate("teamdag/" + meeting.id() + "/verslag", MinutesView.class);
        assertThat($(Paragraph.class).withClassName("minutes-async-answers").single().getText())
                .isEqualTo("Live beantwoord: 1 · Asynchroon beantwoord: 2 (vrijgegeven: 1 · wachten op vrijgave: 0)");
        assertThat($(Paragraph.class).id("minutes-participation").getText())
                .isEqualTo("Live deelgenomen: 1 · Asynchroon deelgenomen: 2");
        assertThat(text($(com.vaadin.flow.component.html.UnorderedList.class).withClassName("minutes-open-answers")
                .single())).contains("Groepsapps met ouders", "Schoolreizen").doesNotContain("Kletskoek");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(meetingMinutes.minutesPdf(meeting.id(),
                nl.codewijzer.base.Translations.DUTCH))) {
            var lines = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(lines).contains("Live beantwoord: 1", "Asynchroon beantwoord: 2", "vrijgegeven: 1",
                    "wachten op vrijgave: 0", "Groepsapps met ouders").doesNotContain("Kletskoek");
        }
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void an_asynchronous_answer_coming_in_while_the_console_is_open_is_counted_at_its_top_until_the_facilitator_looks()
            throws Exception {
        var meeting = runningMeetingOpenToAsync();
        var poll = polls.open(meeting.id(), PollKind.OPEN_VRAAG, "Wat mist u nog?", List.of(), true);
        polls.close(poll.id());
        answerAsynchronously("docent@school.example", poll.id(), "Afspraken over de schoolreis");
        var console = console(meeting);
        var arrived = console.asyncPanel.arrived;
        assertThat(arrived.isVisible()).as("what was held when the console opened is not new").isFalse();

        answerAsynchronously("nieuw@school.example", poll.id(), "Groepsapps met ouders");
        eventually(() -> {
            assertThat(arrived.isVisible()).as("pushed to the open console").isTrue();
            assertThat(arrived.getText()).isEqualTo("1 nieuw asynchroon antwoord om vrij te geven");
        });
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("async-held"))).contains("Groepsapps met ouders",
                "2 asynchrone antwoorden wachten op vrijgave");
        answerAsynchronously("mr.lid@school.example", poll.id(), "Pauzes");
        eventually(() -> assertThat(arrived.getText()).isEqualTo("2 nieuwe asynchrone antwoorden om vrij te geven"));

        test(arrived).click();
        assertThat(arrived.isVisible()).as("seen").isFalse();
        answerAsynchronously("directeur@school.example", poll.id(), "Toetsweken");
        eventually(() -> assertThat(arrived.getText()).isEqualTo("1 nieuw asynchroon antwoord om vrij te geven"));
        test($(Button.class).id("held-release-" + poll.id())).click();
        assertThat(arrived.isVisible()).as("released: nothing new left to release").isFalse();
    }

    /** Someone who was not there answers the open question on the asynchronous page; then the coördinator again. */
    private void answerAsynchronously(String email, long pollId, String text) {
        SignIn.as(users, email);
        async.answer(pollId, text);
        SignIn.as(users, "coordinator@school.example");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void opening_the_period_tells_the_staff_who_were_not_there_once_with_the_address_of_the_page() {
        var meeting = runningMeeting();
        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        SignIn.as(users, "coordinator@school.example");
        var console = console(meeting);
        test(console.asyncPanel.open).click();
        var page = "teamdag/" + meeting.id() + "/asynchroon";

        SignIn.as(users, "nieuw@school.example");
        assertThat(notifications.inbox()).filteredOn(entry -> page.equals(entry.link())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.subject()).isEqualTo("Alsnog stemmen: Teamdag");
                    assertThat(entry.body()).startsWith("Voor de teambijeenkomst ‘Teamdag’ staat asynchroon meedoen open van ")
                            .contains("Was u er niet bij?", "Anonieme stemmingen blijven anoniem.");
                });
        SignIn.as(users, "docent@school.example");
        assertThat(notifications.inbox()).as("the teacher was there").noneMatch(entry -> page.equals(entry.link()));
        SignIn.as(users, "coordinator@school.example");
        assertThat(notifications.inbox()).as("nor the facilitator who opened it")
                .noneMatch(entry -> page.equals(entry.link()));

        console.asyncPanel.endsAt.setValue(console.asyncPanel.endsAt.getValue().plusDays(1));
        test(console.asyncPanel.open).click();
        SignIn.as(users, "nieuw@school.example");
        assertThat(notifications.inbox()).as("moving the period tells nobody again")
                .filteredOn(entry -> page.equals(entry.link())).hasSize(1);
    }

    // ---- the projector ----

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_projector_shows_the_question_how_to_join_and_after_the_reveal_the_bars() throws Exception {
        var meeting = runningMeeting();
        var projector = navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);

        assertThat($(H1.class).id("projector-question").getText()).isEqualTo(Q1);
        assertThat(projector.position.getText()).isEqualTo("Vraag 1 van 5");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("projector-code").getText())
                .isEqualTo(meeting.joinCode());
        assertThat($(Svg.class).id("projector-qr").getElement().getProperty("innerHTML")).startsWith("<svg");
        assertThat(projector.joined.getText()).isEqualTo("Nog niemand doet mee");
        assertThat($(com.vaadin.flow.component.applayout.AppLayout.class).exists()).as("no side menu").isFalse();

        fireShortcut(Key.KEY_P);
        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        polls.vote(meetings.live(meeting.id()).poll().id(), 1);
        SignIn.as(users, "coordinator@school.example");
        eventually(() -> assertThat(text(projector.pollArea)).contains("Stem nu op uw telefoon", "1 stem"));
        eventually(() -> assertThat(projector.joined.getText()).isEqualTo("1 deelnemer"));
        assertThat($(Svg.class, projector.pollArea).exists()).as("hidden until revealed").isFalse();

        fireShortcut(Key.KEY_R);
        var bars = $(Svg.class).id("projector-results").getElement().getProperty("innerHTML");
        assertThat(bars).contains(">B</text>", ">1 · 100%</text>", ">0 · 0%</text>");
    }
}
