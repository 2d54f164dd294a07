package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.MovableClock;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Taking part without being there (issue 15, decision 0051), against the real database on a clock the
 * test moves: the asynchronous window, votes marked live or asynchronous, once per person per poll, and
 * anonymous polls that stay anonymous, with their key deleted when the window ends.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MeetingAsyncTest {

    /** Thursday 3 December 2026, 09:00 school time: the team day. */
    private static final MovableClock CLOCK = new MovableClock(MovableClock.at(2026, 12, 3, 9, 0));
    private static final String COORDINATOR = "coordinator@school.example";
    private static final String DOCENT = "docent@school.example";
    private static final String MR_LID = "mr.lid@school.example";
    private static final String NIEUW = "nieuw@school.example";

    @TestConfiguration
    static class TeamDayOfDecember {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    MeetingPlanning planning;
    @Autowired
    MeetingFlow flow;
    @Autowired
    MeetingAttendance attendance;
    @Autowired
    MeetingPolls polls;
    @Autowired
    MeetingAsync async;
    @Autowired
    MeetingMinutes minutesOf;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    Translations translations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void teamDay() {
        CLOCK.set(MovableClock.at(2026, 12, 3, 9, 0));
    }

    @Test
    void a_window_that_ends_before_it_starts_is_refused_at_its_end_and_nothing_is_saved() {
        var meeting = runningMeeting();
        var start = LocalDateTime.of(2026, 12, 4, 9, 0);

        assertThatThrownBy(() -> async.openWindow(meeting.id(), start, start.minusHours(1)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("endsAt");
                        assertThat(translations.getTranslation(problem.messageKey(), Translations.DUTCH))
                                .isEqualTo("Het einde ligt vóór het begin: kies een einde na het begin.");
                    });
                });
        assertThatThrownBy(() -> async.openWindow(meeting.id(), start, start))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 1, 9, 0),
                LocalDateTime.of(2026, 12, 2, 9, 0)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::messageKey).containsExactly("teamday.error.async-window-past"));

        assertThat(async.window(meeting.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from meeting_async_window where meeting_id = ?", Integer.class,
                meeting.id())).isZero();
    }

    @Test
    void only_facilitators_open_a_window_and_only_staff_vote() {
        var meeting = runningMeeting();
        SignIn.as(users, DOCENT);
        assertThatThrownBy(() -> async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 17, 0),
                LocalDateTime.of(2026, 12, 10, 17, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> async.endWindows()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_who_was_not_there_votes_the_next_day_and_the_result_shows_live_and_async_apart() {
        var meeting = runningMeeting();
        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 17, 0), LocalDateTime.of(2026, 12, 10, 17, 0));
        var poll = polls.open(meeting.id(), PollKind.SCHAAL, "Telefoons gaan in de kluisjes.", List.of(), true);
        joinAndVote(meeting, DOCENT, poll.id(), 3);
        joinAndVote(meeting, MR_LID, poll.id(), 4);
        SignIn.as(users, COORDINATOR);
        polls.reveal(poll.id());
        flow.close(meeting.id());

        // during the meeting day, before the window starts, nobody votes asynchronously
        SignIn.as(users, NIEUW);
        assertThat(async.votable(meeting.id())).isEmpty();
        assertThatThrownBy(() -> async.vote(poll.id(), 2)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems().getFirst().messageKey())
                        .isEqualTo("teamday.error.async-window-closed"));

        CLOCK.set(MovableClock.at(2026, 12, 4, 14, 30));
        assertThat(async.votable(meeting.id())).extracting(PollState::id).containsExactly(poll.id());
        async.vote(poll.id(), 1);
        assertThat(async.votable(meeting.id())).as("voted: nothing left").isEmpty();

        var split = async.split(poll.id()).orElseThrow();
        assertThat(split.live()).containsExactly(0, 0, 0, 1, 1);
        assertThat(split.async()).containsExactly(0, 1, 0, 0, 0);
        assertThat(split.liveVoters()).isEqualTo(2);
        assertThat(split.asyncVoters()).isEqualTo(1);
        SignIn.as(users, COORDINATOR);
        assertThat(polls.poll(poll.id()).counts()).as("together").containsExactly(0, 1, 0, 1, 1);
        assertThat(async.participation(meeting.id())).isEqualTo(new MeetingAsync.Participation(2, 1));

        // anonymous: no person, no name, no time on any row, asynchronous or live
        var rows = jdbc.queryForList("select person_id, person_name, cast_at, origin from meeting_vote where poll_id = ?",
                poll.id());
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("PERSON_ID")).isNull();
            assertThat(row.get("PERSON_NAME")).isNull();
            assertThat(row.get("CAST_AT")).isNull();
        });
        assertThat(rows).extracting(row -> row.get("ORIGIN")).containsExactlyInAnyOrder("LIVE", "LIVE", "ASYNC");
    }

    @Test
    void one_vote_per_person_per_poll_across_live_and_async() {
        var meeting = runningMeeting();
        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 17, 0), LocalDateTime.of(2026, 12, 10, 17, 0));
        var anonymous = polls.open(meeting.id(), PollKind.STELLING, "Geen telefoons in de les.", List.of(), true);
        joinAndVote(meeting, DOCENT, anonymous.id(), 0);
        SignIn.as(users, COORDINATOR);
        polls.close(anonymous.id());
        var named = polls.open(meeting.id(), PollKind.STELLING, "Pauze zonder telefoon.", List.of(), false);
        flow.close(meeting.id());

        CLOCK.set(MovableClock.at(2026, 12, 5, 10, 0));
        SignIn.as(users, DOCENT);
        assertThat(async.votable(meeting.id())).extracting(PollState::id).containsExactly(named.id());
        assertThatThrownBy(() -> async.vote(anonymous.id(), 1)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(translations.getTranslation(refused.problems().getFirst().messageKey(),
                        Translations.DUTCH)).isEqualTo("U hebt al gestemd op deze stemming; één stem per persoon."));
        async.vote(named.id(), 1);
        assertThatThrownBy(() -> async.vote(named.id(), 0)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("teamday.error.async-voted"));

        SignIn.as(users, COORDINATOR);
        assertThat(polls.poll(anonymous.id()).counts()).containsExactly(1, 0, 0);
        assertThat(polls.poll(named.id()).counts()).containsExactly(0, 1, 0);
        // a named poll keeps the name and the time of an asynchronous vote, as of a live one
        assertThat(polls.poll(named.id()).named()).extracting(PollState.NamedVote::name)
                .containsExactly("Bart de Vries");
        assertThat(async.participation(meeting.id())).as("took part live, then async").isEqualTo(
                new MeetingAsync.Participation(1, 1));
    }

    @Test
    void when_the_window_ends_votes_are_refused_and_the_anonymous_key_is_deleted() {
        var meeting = runningMeeting();
        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 8, 0), LocalDateTime.of(2026, 12, 4, 17, 0));
        var poll = polls.open(meeting.id(), PollKind.STELLING, "Telefoon mee op schoolreis.", List.of(), true);
        joinAndVote(meeting, DOCENT, poll.id(), 0);
        SignIn.as(users, COORDINATOR);
        polls.close(poll.id());
        assertThat(secretKept(poll.id())).as("kept while the window is ahead").isTrue();
        flow.close(meeting.id());

        CLOCK.set(MovableClock.at(2026, 12, 4, 17, 0));
        SignIn.as(users, NIEUW);
        assertThatThrownBy(() -> async.vote(poll.id(), 1)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems().getFirst().messageKey())
                        .isEqualTo("teamday.error.async-window-closed"));
        assertThat(async.window(meeting.id()).orElseThrow().ended()).isTrue();

        assertThat(SystemActor.runAs(async::endWindows)).isEqualTo(1);
        assertThat(secretKept(poll.id())).as("deleted when the window ended").isFalse();
        assertThat(SystemActor.runAs(async::endWindows)).as("once").isZero();
        SignIn.as(users, COORDINATOR);
        assertThat(polls.poll(poll.id()).counts()).containsExactly(1, 0, 0);
    }

    @Test
    void without_a_window_a_closing_poll_deletes_its_key_as_before_and_a_later_window_cannot_use_it() {
        var meeting = runningMeeting();
        var poll = polls.open(meeting.id(), PollKind.STELLING, "Oortjes in de pauze.", List.of(), true);
        polls.close(poll.id());
        assertThat(secretKept(poll.id())).isFalse();

        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 9, 0), LocalDateTime.of(2026, 12, 5, 9, 0));
        CLOCK.set(CLOCK.instant().plus(Duration.ofHours(2)));
        SignIn.as(users, NIEUW);
        assertThat(async.votable(meeting.id())).isEmpty();
        assertThatThrownBy(() -> async.vote(poll.id(), 0)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems().getFirst().messageKey())
                        .isEqualTo("teamday.error.async-key-gone"));
    }

    @Test
    void a_poll_still_open_live_is_voted_on_live_not_asynchronously() {
        var meeting = runningMeeting();
        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 8, 0), LocalDateTime.of(2026, 12, 5, 9, 0));
        var poll = polls.open(meeting.id(), PollKind.STELLING, "Foto's alleen met toestemming.", List.of(), true);
        SignIn.as(users, NIEUW);
        assertThat(async.votable(meeting.id())).isEmpty();
        assertThatThrownBy(() -> async.vote(poll.id(), 0)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems().getFirst().messageKey())
                        .isEqualTo("teamday.error.async-poll-live"));
        assertThat(async.split(poll.id())).as("not revealed: hidden from a teacher").isEmpty();
    }

    @Test
    void a_proposal_during_the_window_is_kept_for_the_chosen_topic_marked_asynchronous_and_bad_ones_are_refused() {
        var meeting = runningMeeting();
        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 17, 0), LocalDateTime.of(2026, 12, 10, 17, 0));
        flow.close(meeting.id());
        long firstItem = jdbc.queryForObject("select min(id) from meeting_item where meeting_id = ?", Long.class,
                meeting.id());
        SignIn.as(users, NIEUW);
        assertThat(async.proposable(meeting.id())).as("the window has not started").isEmpty();
        assertRefused(() -> async.propose(meeting.id(), firstItem, "Alleen via de schoolmail."), "text",
                "teamday.error.async-window-closed");

        CLOCK.set(MovableClock.at(2026, 12, 4, 14, 30));
        var topics = async.proposable(meeting.id());
        assertThat(topics).extracting(AgendaItem::id).contains(firstItem);
        assertRefused(() -> async.propose(meeting.id(), firstItem, " "), "text", "teamday.error.proposal-empty");
        assertRefused(() -> async.propose(meeting.id(), firstItem, "x".repeat(MeetingPolls.MAX_PROPOSAL + 1)), "text",
                "teamday.error.proposal-too-long");
        assertRefused(() -> async.propose(meeting.id(), Long.MAX_VALUE, "Alleen via de schoolmail."), "item",
                "teamday.error.async-item-unknown");
        assertThat(jdbc.queryForObject("select count(*) from meeting_proposal where meeting_id = ?", Integer.class,
                meeting.id())).as("nothing saved").isZero();

        var sent = async.propose(meeting.id(), topics.getLast().id(), "  Alleen via de schoolmail.  ");

        assertThat(sent.async()).isTrue();
        assertThat(sent.itemId()).isEqualTo(topics.getLast().id());
        assertThat(sent.text()).isEqualTo("Alleen via de schoolmail.");
        assertThat(async.participation(meeting.id())).isEqualTo(new MeetingAsync.Participation(0, 1));
        CLOCK.set(MovableClock.at(2026, 12, 11, 9, 0));
        assertRefused(() -> async.propose(meeting.id(), firstItem, "Nog een."), "text",
                "teamday.error.async-window-closed");
    }

    @Test
    void an_asynchronous_answer_to_an_open_question_is_held_until_the_facilitator_has_moderated_and_released_it() {
        var meeting = runningMeeting();
        async.openWindow(meeting.id(), LocalDateTime.of(2026, 12, 3, 17, 0), LocalDateTime.of(2026, 12, 10, 17, 0));
        var poll = polls.open(meeting.id(), PollKind.OPEN_VRAAG, "Wat mist u in de afspraken?", List.of(), true);
        SignIn.as(users, DOCENT);
        attendance.join(meeting.joinCode());
        polls.answer(poll.id(), "Afspraken over schoolreizen");
        SignIn.as(users, COORDINATOR);
        polls.reveal(poll.id());
        polls.close(poll.id());
        flow.close(meeting.id());

        CLOCK.set(MovableClock.at(2026, 12, 4, 14, 30));
        SignIn.as(users, NIEUW);
        assertThat(async.votable(meeting.id())).as("an open question is offered too").extracting(PollState::id)
                .containsExactly(poll.id());
        assertRefused(() -> async.answer(poll.id(), "   "), "answer", "teamday.error.answer-empty");
        assertRefused(() -> async.answer(poll.id(), "x".repeat(MeetingPolls.MAX_ANSWER + 1)), "answer",
                "teamday.error.answer-too-long");
        assertRefused(() -> async.vote(poll.id(), 0), "choice", "teamday.error.choice-unknown");
        assertThat(answerRows(poll.id())).as("nothing saved").isEqualTo(1);
        async.answer(poll.id(), "  Groepsapps met ouders  ");
        assertRefused(() -> async.answer(poll.id(), "Nog iets"), "answer", "teamday.error.async-answered");
        SignIn.as(users, MR_LID);
        async.answer(poll.id(), "Kletskoek onzin");

        // held: counted as answers, not in the word cloud, the projector's count or the minutes' answers
        SignIn.as(users, COORDINATOR);
        var held = polls.poll(poll.id());
        assertThat(held.voters()).isEqualTo(3);
        assertThat(held.heldAnswers()).isEqualTo(2);
        assertThat(held.shownAnswers()).isEqualTo(1);
        assertThat(words(held)).contains("schoolreizen").doesNotContain("groepsapps", "kletskoek");
        assertThat(held.answers()).filteredOn(PollState.OpenAnswer::held).extracting(PollState.OpenAnswer::text)
                .containsExactly("Groepsapps met ouders", "Kletskoek onzin");
        var minutes = pollResult(meeting.id());
        assertThat(minutes.answers()).containsExactly("Afspraken over schoolreizen");
        assertThat(List.of(minutes.liveVoters(), minutes.asyncVoters(), minutes.held(), minutes.released()))
                .containsExactly(1, 2, 2, 0);
        SignIn.as(users, DOCENT);
        assertThat(words(polls.poll(poll.id()))).as("a teacher sees the same cloud").doesNotContain("groepsapps");
        assertThatThrownBy(() -> async.held(meeting.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> async.release(poll.id())).isInstanceOf(AccessDeniedException.class);

        // the facilitator hides one held answer, and only held ones: the live answer's moment has passed
        SignIn.as(users, COORDINATOR);
        assertThat(async.held(meeting.id())).extracting(PollState::id).containsExactly(poll.id());
        var answers = held.answers();
        long offending = answers.stream().filter(a -> a.text().startsWith("Kletskoek")).findFirst().orElseThrow().id();
        long live = answers.stream().filter(a -> !a.held()).findFirst().orElseThrow().id();
        polls.hideAnswer(offending, true);
        assertRefused(() -> polls.hideAnswer(live, true), "answer", "teamday.error.poll-closed");
        assertThat(async.release(poll.id())).isEqualTo(2);
        assertThat(async.release(poll.id())).as("nothing left to release").isZero();

        var released = polls.poll(poll.id());
        assertThat(released.heldAnswers()).isZero();
        assertThat(released.hiddenAnswers()).isEqualTo(1);
        assertThat(released.shownAnswers()).isEqualTo(2);
        assertThat(words(released)).contains("schoolreizen", "groepsapps").doesNotContain("kletskoek");
        assertThat(async.held(meeting.id())).isEmpty();
        assertRefused(() -> polls.hideAnswer(offending, false), "answer", "teamday.error.poll-closed");
        minutes = pollResult(meeting.id());
        assertThat(minutes.answers()).containsExactly("Afspraken over schoolreizen", "Groepsapps met ouders");
        assertThat(List.of(minutes.liveVoters(), minutes.asyncVoters(), minutes.held(), minutes.released(),
                minutes.hidden())).containsExactly(1, 2, 0, 1, 1);
        assertThat(async.participation(meeting.id())).isEqualTo(new MeetingAsync.Participation(1, 2));

        // anonymous stays anonymous: no person, no name, no time on any answer
        var rows = jdbc.queryForList("select person_id, person_name, cast_at, origin from meeting_vote where poll_id = ?",
                poll.id());
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("PERSON_ID")).isNull();
            assertThat(row.get("PERSON_NAME")).isNull();
            assertThat(row.get("CAST_AT")).isNull();
        });

        CLOCK.set(MovableClock.at(2026, 12, 11, 9, 0));
        SignIn.as(users, NIEUW);
        assertRefused(() -> async.answer(poll.id(), "Te laat"), "answer", "teamday.error.async-window-closed");
        assertThat(answerRows(poll.id())).isEqualTo(3);
    }

    private static List<String> words(PollState poll) {
        return java.util.Objects.requireNonNull(poll.cloud()).words().stream().map(WordCloud.Word::text).toList();
    }

    private Minutes.PollResult pollResult(long meetingId) {
        return minutesOf.minutes(meetingId).items().stream().flatMap(item -> item.polls().stream())
                .filter(poll -> poll.kind() == PollKind.OPEN_VRAAG).findFirst().orElseThrow();
    }

    private int answerRows(long pollId) {
        return jdbc.queryForObject("select count(*) from meeting_vote where poll_id = ?", Integer.class, pollId);
    }

    private static void assertRefused(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.messageKey()).isEqualTo(messageKey);
                }));
    }

    private MeetingSummary runningMeeting() {
        SignIn.as(users, COORDINATOR);
        var code = codeTexts.createCode("Asynchroon " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag", LocalDate.ofInstant(CLOCK.instant(),
                SchoolTime.ZONE));
        return flow.start(meeting.id()).meeting();
    }

    private void joinAndVote(MeetingSummary meeting, String email, long pollId, int choice) {
        SignIn.as(users, email);
        attendance.join(meeting.joinCode());
        polls.vote(pollId, choice);
    }

    private boolean secretKept(long pollId) {
        return jdbc.queryForObject("select count(*) from meeting_poll_secret where poll_id = ?", Integer.class,
                pollId) > 0;
    }
}
