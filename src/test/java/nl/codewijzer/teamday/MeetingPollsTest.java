package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Polls, votes and proposals against the real database: one vote per person, anonymity, hidden results. */
@CodewijzerTest
@RecordApplicationEvents
class MeetingPollsTest {

    @Autowired
    TeamMeetings meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingFlow meetingFlow;

    @Autowired
    MeetingPolls polls;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Translations translations;

    @Autowired
    ApplicationEvents events;

    /** A running meeting on a code of its own, as the coördinator, who stays signed in. */
    private LiveMeeting runningMeeting() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Stemmen " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE));
        return meetingFlow.start(meeting.id());
    }

    private PollState statement(LiveMeeting meeting, boolean anonymous) {
        return polls.open(meeting.id(), PollKind.STELLING, "Na 19.00 uur sturen we geen berichten.", List.of(), anonymous);
    }

    private static String messageKey(Throwable refused) {
        return ((InvalidInput) refused).problems().getFirst().messageKey();
    }

    @Test
    void a_statement_poll_offers_eens_oneens_and_weet_niet() {
        var poll = statement(runningMeeting(), true);

        assertThat(poll.options()).containsExactly("Eens", "Oneens", "Weet niet");
        assertThat(poll.isOpen()).isTrue();
        assertThat(poll.voters()).isZero();
    }

    @Test
    void a_person_has_one_vote_per_poll_and_may_change_it_until_the_poll_closes() {
        var meeting = runningMeeting();
        var poll = statement(meeting, false);

        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 0);
        var changed = polls.vote(poll.id(), 1);

        assertThat(changed.myChoice()).isEqualTo(1);
        assertThat(changed.voters()).isEqualTo(1);
        SignIn.as(users, "coordinator@school.example");
        var closed = polls.close(poll.id());
        assertThat(closed.counts()).containsExactly(0, 1, 0);

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> polls.vote(poll.id(), 0)).isInstanceOf(InvalidInput.class)
                .satisfies(refused -> assertThat(translations.getTranslation(messageKey(refused), Translations.DUTCH))
                        .isEqualTo("Deze stemming is gesloten: stemmen of uw stem wijzigen kan niet meer."));
        SignIn.as(users, "coordinator@school.example");
        assertThat(polls.poll(poll.id()).counts()).as("the refused vote changed nothing").containsExactly(0, 1, 0);
    }

    @Test
    void a_named_poll_shows_the_facilitator_who_voted_what() {
        var meeting = runningMeeting();
        var poll = statement(meeting, false);
        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 2);

        SignIn.as(users, "coordinator@school.example");
        assertThat(polls.poll(poll.id()).named()).extracting(PollState.NamedVote::name, PollState.NamedVote::choice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bart de Vries", 2));
        assertThat(jdbc.queryForObject("select person_id from meeting_vote where poll_id = ?", Long.class, poll.id()))
                .isNotNull();
    }

    @Test
    void an_anonymous_vote_is_stored_without_a_person_and_after_the_close_no_key_can_tie_it_to_anyone() {
        var meeting = runningMeeting();
        var poll = statement(meeting, true);
        assertThat(jdbc.queryForObject("select count(*) from meeting_poll_secret where poll_id = ?", Integer.class,
                poll.id())).isEqualTo(1);

        var teacher = SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 0);
        assertThat(polls.vote(poll.id(), 1).myChoice()).as("while open, the voter finds their own vote").isEqualTo(1);

        var row = jdbc.queryForMap("select * from meeting_vote where poll_id = ?", poll.id());
        assertThat(row.get("PERSON_ID")).isNull();
        assertThat(row.get("PERSON_NAME")).isNull();
        assertThat(row.get("CAST_AT")).as("no time either: it could be matched to who joined when").isNull();
        var key = (String) row.get("VOTER_KEY");
        assertThat(key).hasSize(64).isNotEqualTo("p" + teacher.personId());

        SignIn.as(users, "coordinator@school.example");
        polls.close(poll.id());
        assertThat(jdbc.queryForObject("select count(*) from meeting_poll_secret where poll_id = ?", Integer.class,
                poll.id())).isZero();
        assertThat(polls.poll(poll.id()).named()).isEmpty();
        SignIn.as(teacher);
        assertThat(polls.poll(poll.id()).myChoice()).as("not even the voter can be told apart any more").isNull();
        assertThat(events.stream(nl.codewijzer.base.AuditableEvent.class))
                .noneMatch(event -> event.auditAction().contains("vote"));

        SignIn.as(users, "coordinator@school.example");
        var next = statement(meeting, true);
        SignIn.as(teacher);
        polls.vote(next.id(), 0);
        assertThat(jdbc.queryForObject("select voter_key from meeting_vote where poll_id = ?", String.class, next.id()))
                .as("the same person's votes in two polls cannot be linked either").isNotEqualTo(key);
    }

    @Test
    void results_are_hidden_from_staff_until_the_facilitator_reveals_them() {
        var meeting = runningMeeting();
        var poll = statement(meeting, true);
        SignIn.as(users, "mr.lid@school.example");
        polls.vote(poll.id(), 0);

        SignIn.as(users, "docent@school.example");
        var hidden = meetings.live(meeting.id()).poll();
        assertThat(hidden).isNotNull();
        assertThat(hidden.voters()).isEqualTo(1);
        assertThat(hidden.counts()).isNull();
        assertThat(polls.vote(poll.id(), 1).counts()).as("not through a vote either").isNull();

        SignIn.as(users, "coordinator@school.example");
        assertThat(polls.poll(poll.id()).counts()).as("the facilitator sees the votes come in").containsExactly(1, 1, 0);
        polls.reveal(poll.id());

        SignIn.as(users, "docent@school.example");
        assertThat(meetings.live(meeting.id()).poll().counts()).containsExactly(1, 1, 0);
    }

    @Test
    void double_clicks_and_two_open_tabs_give_one_vote() throws Exception {
        var meeting = runningMeeting();
        var anonymous = statement(meeting, true);
        var teacher = (SignedInUser) users.loadUserByUsername("docent@school.example");
        var start = new CountDownLatch(1);
        var failures = Collections.synchronizedList(new ArrayList<Throwable>());
        var pool = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            int choice = i % 3;
            pool.submit(() -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(teacher, null,
                        teacher.getAuthorities()));
                SecurityContextHolder.setContext(context);
                try {
                    start.await();
                    polls.vote(anonymous.id(), choice);
                } catch (Throwable failed) {
                    failures.add(failed);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from meeting_vote where poll_id = ?", Integer.class,
                anonymous.id())).isEqualTo(1);
        SignIn.as(teacher);
        assertThat(polls.poll(anonymous.id()).voters()).isEqualTo(1);
    }

    @Test
    void a_multiple_choice_poll_needs_two_different_answers_and_only_one_poll_is_open_at_a_time() {
        var meeting = runningMeeting();

        assertThatThrownBy(() -> polls.open(meeting.id(), PollKind.MEERKEUZE, "Welke regel?", List.of("Alleen A"), true))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.options-too-few"));
        assertThatThrownBy(() -> polls.open(meeting.id(), PollKind.MEERKEUZE, "Welke regel?", List.of("A", "A"), true))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.options-twice"));
        var poll = polls.open(meeting.id(), PollKind.MEERKEUZE, "Welke regel?", List.of("A", " ", "B"), true);
        assertThat(poll.options()).containsExactly("A", "B");
        assertThatThrownBy(() -> statement(meeting, true))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.poll-open"));
        assertThat(polls.openDefault(meeting.id())).as("the key P does nothing while a poll is open").isEmpty();
    }

    @Test
    void the_key_p_opens_an_anonymous_choice_between_the_answer_options_of_the_question() {
        var meeting = runningMeeting();

        var poll = polls.openDefault(meeting.id()).orElseThrow();

        assertThat(poll.kind()).isEqualTo(PollKind.MEERKEUZE);
        assertThat(poll.anonymous()).isTrue();
        assertThat(poll.question()).isEqualTo("Mogen leraren contact hebben met leerlingen via sociale media?");
        assertThat(poll.options()).hasSize(4).first().asString().startsWith("Medewerkers hebben geen contact");
        assertThat(polls.closeCurrent(meeting.id())).isPresent();
        assertThat(polls.revealCurrent(meeting.id()).orElseThrow().revealed()).isTrue();
    }

    @Test
    void moving_on_to_the_next_question_closes_the_open_poll() {
        var meeting = runningMeeting();
        var poll = statement(meeting, true);

        meetingFlow.next(meeting.id());

        assertThat(polls.poll(poll.id()).isOpen()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from meeting_poll_secret where poll_id = ?", Integer.class,
                poll.id())).isZero();
        assertThat(meetings.live(meeting.id()).poll()).as("the next question has no poll yet").isNull();
    }

    @Test
    void a_proposal_reaches_the_console_and_an_empty_or_too_long_one_is_refused() {
        var meeting = runningMeeting();
        SignIn.as(users, "docent@school.example");

        assertThatThrownBy(() -> polls.propose(meeting.id(), "   "))
                .satisfies(refused -> assertThat(translations.getTranslation(messageKey(refused), Translations.DUTCH))
                        .isEqualTo("Schrijf eerst uw voorstel op."));
        var tooLong = "x".repeat(MeetingPolls.MAX_PROPOSAL + 1);
        assertThatThrownBy(() -> polls.propose(meeting.id(), tooLong)).satisfies(refused -> {
            var problem = ((InvalidInput) refused).problems().getFirst();
            assertThat(problem.field()).isEqualTo("text");
            assertThat(translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray()))
                    .isEqualTo("Een voorstel mag hoogstens 2.000 tekens zijn; dit zijn er 2.001.");
        });
        polls.propose(meeting.id(), "x".repeat(MeetingPolls.MAX_PROPOSAL));
        polls.propose(meeting.id(), "  Alleen via de schoolapp.  ");

        SignIn.as(users, "coordinator@school.example");
        var proposals = meetings.console(meeting.id()).proposals();
        assertThat(proposals).hasSize(2);
        assertThat(proposals.getFirst().text()).isEqualTo("Alleen via de schoolapp.");
        assertThat(proposals.getFirst().author()).isEqualTo("Bart de Vries");
        assertThat(proposals.getFirst().itemId()).isEqualTo(meeting.current().id());

        var poll = polls.openFromProposal(proposals.getFirst().id(), false);
        assertThat(poll.question()).isEqualTo("Alleen via de schoolapp.");
        assertThat(poll.kind()).isEqualTo(PollKind.STELLING);
    }

    @Test
    void staff_cannot_open_reveal_or_close_polls() {
        var meeting = runningMeeting();
        var poll = statement(meeting, true);
        SignIn.as(users, "docent@school.example");

        assertThatThrownBy(() -> polls.open(meeting.id(), PollKind.STELLING, "Zelf een stelling", List.of(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> polls.reveal(poll.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> polls.close(poll.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_vote_on_a_meeting_that_closed_is_refused() {
        var meeting = runningMeeting();
        var poll = statement(meeting, true);
        meetingFlow.close(meeting.id());

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> polls.vote(poll.id(), 0))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.poll-closed"));
        assertThatThrownBy(() -> polls.propose(meeting.id(), "Te laat"))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.meeting-closed"));
    }
}
