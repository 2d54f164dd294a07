package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.teamday.Minutes.FollowUpAction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Meetings against the real database: agenda, flow, attendance, decisions, minutes and the draft. */
@CodewijzerTest
@RecordApplicationEvents
class TeamMeetingsTest {

    private static final String Q1 = "Mogen leraren contact hebben met leerlingen via sociale media?";
    private static final String Q3 = "Mag dat contact op alle dagen van de week en alle uren van de dag plaatsvinden - dus "
            + "ook in het weekeinde of 's avonds?";
    private static final String AVONDREGEL = "We sturen leerlingen geen berichten na 19.00 uur en niet in het weekeinde.";
    /** The entity a query selects from: the first "from" of its text. */
    private static final Pattern FROM_ENTITY = Pattern.compile("\\bfrom\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

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
    MeetingMinutes meetingMinutes;

    @Autowired
    MeetingDrafts meetingDrafts;

    @Autowired
    MeetingPolls polls;

    @Autowired
    MeetingBroadcaster broadcaster;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Translations translations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    UniqueKeyRetry retry;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    /** A planned meeting on a new code, as the coördinator, who stays signed in. */
    private MeetingSummary plannedMeeting() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Teamdag " + System.nanoTime(), "gedragscode-sociale-media");
        return planning.create(code.summary().codeId(), "Teamdag maart", LocalDate.of(2027, 3, 12));
    }

    private static String messageKey(Throwable refused) {
        return ((InvalidInput) refused).problems().getFirst().messageKey();
    }

    private String dutch(Throwable refused) {
        var problem = ((InvalidInput) refused).problems().getFirst();
        return translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray());
    }

    private AgendaItem item(long meetingId, int position) {
        return meetings.console(meetingId).agenda().get(position - 1);
    }

    private Decision decided(String text) {
        return new Decision(DecisionStatus.BESLOTEN, text, "Leerlingen en collega's hebben recht op rust.",
                "behalve tijdens schoolreizen", List.of(new FollowUpAction("Ouders informeren", "Directie",
                        LocalDate.of(2027, 4, 1))));
    }

    @Test
    void a_new_meeting_has_the_five_checklist_questions_with_their_guidance_and_answer_options() {
        var meeting = plannedMeeting();

        var agenda = meetings.console(meeting.id()).agenda();

        assertThat(meeting.status()).isEqualTo(MeetingStatus.GEPLAND);
        assertThat(agenda).extracting(AgendaItem::question).containsExactly(1, 2, 3, 4, 5);
        assertThat(agenda).extracting(AgendaItem::title).containsExactly(Q1,
                "Mag dat alleen als het contact openbaar is, en dus voor iedereen zichtbaar, of mag het ook één op één?",
                Q3, "Mag dat contact alleen over schoolwerk gaan, of ook over eventuele privéproblemen?",
                "Wat gebeurt er als er over de regels van deze afspraken heen wordt gegaan, of als je signaleert dat een "
                        + "collega dat doet? Bij wie wordt dat bijvoorbeeld gemeld?");
        assertThat(agenda.get(2).heading()).isEqualTo("Dagen en tijden");
        assertThat(agenda.get(2).guidance()).hasSize(7)
                .anySatisfy(point -> assertThat(point).contains("schoolreis, kamp of werkweek"));
        assertThat(agenda.get(2).options()).hasSize(4)
                .anySatisfy(option -> assertThat(option).contains("geen berichten na 19.00 uur"));
        assertThat(agenda).allSatisfy(item -> assertThat(item.decision()).isEqualTo(Decision.NONE));
    }

    @Test
    void the_join_code_is_six_unambiguous_characters_and_differs_per_meeting() {
        var first = plannedMeeting();
        var second = plannedMeeting();

        assertThat(first.joinCode()).matches("[2-9A-HJ-NP-Z]{6}");
        assertThat(second.joinCode()).matches("[2-9A-HJ-NP-Z]{6}").isNotEqualTo(first.joinCode());
        assertThat(meetings.live(first.id()).joinUrl()).endsWith("/doemee/" + first.joinCode());
    }

    @Test
    void staff_join_with_the_code_and_a_wrong_code_or_a_closed_meeting_gets_a_dutch_message() {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        SignIn.as(users, "docent@school.example");

        var joined = meetingAttendance.join(" " + meeting.joinCode().toLowerCase(Locale.ROOT).substring(0, 3) + "-"
                + meeting.joinCode().substring(3) + " ");
        meetingAttendance.join(meeting.joinCode());

        assertThat(joined.id()).isEqualTo(meeting.id());
        assertThat(joined.joined()).isEqualTo(1);
        assertThatThrownBy(() -> meetingAttendance.join("ZZZZZZ")).satisfies(refused ->
                assertThat(dutch(refused)).isEqualTo("Er is geen bijeenkomst met de code ZZZZZZ. Kijk nog eens goed naar de beamer."));
        assertThatThrownBy(() -> meetingAttendance.join("")).satisfies(refused ->
                assertThat(dutch(refused)).isEqualTo("Typ de code die op de beamer staat."));

        SignIn.as(users, "coordinator@school.example");
        meetingFlow.close(meeting.id());
        SignIn.as(users, "mr.lid@school.example");
        assertThatThrownBy(() -> meetingAttendance.join(meeting.joinCode())).satisfies(refused -> assertThat(dutch(refused))
                .isEqualTo("Deze bijeenkomst is afgesloten: meedoen, stemmen en besluiten kan niet meer."));
        SignIn.as(users, "coordinator@school.example");
        assertThat(meetings.console(meeting.id()).attendees()).extracting(Attendee::name).containsExactly("Bart de Vries");
    }

    @Test
    void a_medewerker_cannot_plan_run_or_read_the_console_of_a_meeting() {
        var meeting = plannedMeeting();
        var first = item(meeting.id(), 1);
        SignIn.as(users, "docent@school.example");

        assertThatThrownBy(() -> meetings.console(meeting.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetingFlow.start(meeting.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.meetings()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.create(meeting.codeId(), "Eigen teamdag", LocalDate.now(SchoolTime.ZONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetingDecisions.recordDecision(first.id(), first.version(), decided("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetingMinutes.minutes(meeting.id())).as("minutes are for staff once closed")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_mr_member_from_the_parents_is_not_staff_and_does_not_join_the_team_day() {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        SignIn.as(users, "fatima.amrani@ouders.example");

        assertThatThrownBy(() -> meetingAttendance.join(meeting.joinCode())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> polls.propose(meeting.id(), "Ook de ouders")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.live(meeting.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_meeting_moves_through_the_agenda_skipping_what_is_skipped_and_staying_put_at_the_ends() {
        var meeting = plannedMeeting();
        planning.skipItem(item(meeting.id(), 2).id(), true);
        var topic = planning.addTopic(meeting.id(), new ItemText("Een schooltelefoon voor mentoren",
                List.of("Wie betaalt?"), List.of()));
        assertThat(topic.position()).isEqualTo(6);
        assertThat(topic.question()).isNull();

        var live = meetingFlow.start(meeting.id());
        assertThat(live.current().title()).isEqualTo(Q1);
        assertThat(live.currentNumber()).isEqualTo(1);
        assertThat(live.itemCount()).isEqualTo(5);
        assertThat(meetingFlow.previous(meeting.id())).isFalse();
        assertThat(meetingFlow.next(meeting.id())).isTrue();
        assertThat(meetings.live(meeting.id()).current().title()).as("question 2 is skipped").isEqualTo(Q3);
        meetingFlow.goTo(meeting.id(), topic.id());
        assertThat(meetings.live(meeting.id()).currentNumber()).isEqualTo(5);
        assertThat(meetingFlow.next(meeting.id())).isFalse();
        assertThatThrownBy(() -> meetingFlow.goTo(meeting.id(), item(meeting.id(), 2).id()))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.item-skipped"));
        assertThatThrownBy(() -> meetingFlow.start(meeting.id()))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.already-started"));
    }

    @Test
    void items_can_be_reordered_and_edited_and_bad_text_is_refused_at_its_field() {
        var meeting = plannedMeeting();
        var third = item(meeting.id(), 3);

        planning.moveItem(third.id(), -1);
        planning.moveItem(third.id(), -1);
        assertThat(meetings.console(meeting.id()).agenda()).extracting(AgendaItem::question).containsExactly(3, 1, 2, 4, 5);

        var moved = item(meeting.id(), 1);
        var edited = planning.editItem(moved.id(), moved.version(), new ItemText(moved.title(), moved.guidance(),
                List.of("Na 20.00 uur geen berichten", "  ", "Geen vaste tijden")));
        assertThat(edited.options()).containsExactly("Na 20.00 uur geen berichten", "Geen vaste tijden");
        assertThatThrownBy(() -> planning.editItem(moved.id(), edited.version(), new ItemText(" ", List.of(), List.of())))
                .satisfies(refused -> assertThat(((InvalidInput) refused).problems().getFirst().field()).isEqualTo("title"));
        assertThatThrownBy(() -> planning.editItem(moved.id(), moved.version(), new ItemText("Oud", List.of(), List.of())))
                .as("an edit on an outdated copy").isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void discussion_points_longer_together_than_the_column_holds_are_refused_at_their_field_and_nothing_is_saved() {
        var meeting = plannedMeeting();
        var first = item(meeting.id(), 1);
        var longPoints = java.util.Collections.nCopies(MeetingPlanning.MAX_POINTS, "x".repeat(MeetingPlanning.MAX_POINT));

        assertThatThrownBy(() -> planning.editItem(first.id(), first.version(),
                new ItemText(first.title(), longPoints, first.options())))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.problems().getFirst().field()).isEqualTo("guidance");
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("teamday.error.points-too-long");
                });
        assertThat(item(meeting.id(), 1).guidance()).isEqualTo(first.guidance());
    }

    @Test
    void answer_options_keep_to_what_a_poll_can_hold_so_the_p_key_always_opens_them() {
        var meeting = plannedMeeting();
        var first = item(meeting.id(), 1);
        var tooMany = java.util.stream.IntStream.rangeClosed(1, MeetingPolls.MAX_OPTIONS + 1)
                .mapToObj(i -> "Antwoord " + i).toList();

        assertThatThrownBy(() -> planning.editItem(first.id(), first.version(),
                new ItemText(first.title(), first.guidance(), tooMany)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.problems().getFirst().field()).isEqualTo("options");
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("teamday.error.too-many-points");
                });
        assertThatThrownBy(() -> planning.editItem(first.id(), first.version(),
                new ItemText(first.title(), first.guidance(), List.of("Ja", "x".repeat(MeetingPolls.MAX_OPTION + 1)))))
                .isInstanceOfSatisfying(InvalidInput.class, refused ->
                        assertThat(refused.problems().getFirst().messageKey()).isEqualTo("teamday.error.point-too-long"));
        assertThat(item(meeting.id(), 1).options()).isEqualTo(first.options());
    }

    @Test
    void a_decision_needs_its_text_and_one_saved_on_an_outdated_copy_is_refused_so_nothing_is_overwritten() {
        var meeting = plannedMeeting();
        var first = item(meeting.id(), 1);
        assertThatThrownBy(() -> meetingDecisions.recordDecision(first.id(), first.version(), decided(AVONDREGEL)))
                .as("not before the start").satisfies(refused -> assertThat(messageKey(refused))
                        .isEqualTo("teamday.error.not-started"));
        meetingFlow.start(meeting.id());

        assertThatThrownBy(() -> meetingDecisions.recordDecision(first.id(), first.version(),
                new Decision(DecisionStatus.BESLOTEN, "  ", "", "", List.of()))).satisfies(refused -> {
                    assertThat(((InvalidInput) refused).problems().getFirst().field()).isEqualTo("text");
                    assertThat(dutch(refused)).isEqualTo(
                            "Schrijf de afspraak op die in de gedragscode komt, of kies een andere stand.");
                });
        assertThatThrownBy(() -> meetingDecisions.recordDecision(first.id(), first.version(), new Decision(DecisionStatus.UITGESTELD,
                "", "", "", List.of(new FollowUpAction(" ", "Directie", null))))).satisfies(refused ->
                        assertThat(messageKey(refused)).isEqualTo("teamday.error.follow-up-action-missing"));

        var saved = meetingDecisions.recordDecision(first.id(), first.version(), decided(AVONDREGEL));
        assertThat(saved.decision().text()).isEqualTo(AVONDREGEL);
        assertThat(saved.decision().followUps()).containsExactly(new FollowUpAction("Ouders informeren", "Directie",
                LocalDate.of(2027, 4, 1)));
        assertThatThrownBy(() -> meetingDecisions.recordDecision(first.id(), first.version(), decided("Iets anders")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(item(meeting.id(), 1).decision().text()).isEqualTo(AVONDREGEL);
        assertThat(events.stream(DecisionRecorded.class)).filteredOn(event -> event.itemId() == first.id())
                .singleElement().satisfies(event -> assertThat(event.auditDetails()).contains("status=BESLOTEN",
                        "question=1"));
    }

    @Test
    void the_facilitator_adds_someone_without_a_phone_and_the_minutes_list_everyone_and_every_outcome() throws Exception {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        var absent = meetingAttendance.absentStaff(meeting.id());
        var karin = absent.stream().filter(member -> member.fullName().equals("Karin Smit")).findFirst().orElseThrow();
        meetingAttendance.addAttendee(meeting.id(), karin.id());
        meetingAttendance.addAttendee(meeting.id(), karin.id());
        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        polls.propose(meeting.id(), "Alleen via de schoolapp.");
        SignIn.as(users, "coordinator@school.example");
        var poll = polls.open(meeting.id(), PollKind.STELLING, "Alleen via de schoolapp.", List.of(), true);
        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 0);
        SignIn.as(users, "coordinator@school.example");
        var first = item(meeting.id(), 1);
        meetingDecisions.recordDecision(first.id(), first.version(), decided("Alleen via de schoolapp."));
        planning.skipItem(item(meeting.id(), 4).id(), true);
        meetingFlow.close(meeting.id());

        var minutes = meetingMinutes.minutes(meeting.id());

        assertThat(minutes.attendees()).containsExactly("Bart de Vries", "Karin Smit");
        assertThat(minutes.closedAt()).isNotNull();
        assertThat(minutes.facilitator()).isEqualTo("Samira El Idrissi");
        var one = minutes.items().getFirst();
        assertThat(one.polls()).singleElement().satisfies(result -> {
            assertThat(result.anonymous()).isTrue();
            assertThat(result.voters()).isEqualTo(1);
            assertThat(result.counts()).extracting(Minutes.OptionCount::label, Minutes.OptionCount::votes)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Eens", 1),
                            org.assertj.core.groups.Tuple.tuple("Oneens", 0),
                            org.assertj.core.groups.Tuple.tuple("Weet niet", 0));
        });
        assertThat(one.proposals()).containsExactly(new Minutes.ProposalLine("Alleen via de schoolapp.", "Bart de Vries"));
        assertThat(one.status()).isEqualTo(DecisionStatus.BESLOTEN);
        assertThat(one.exceptions()).isEqualTo("behalve tijdens schoolreizen");
        assertThat(minutes.items().get(3).skipped()).isTrue();

        SignIn.as(users, "docent@school.example");
        assertThat(meetingMinutes.minutes(meeting.id()).items()).as("staff read the minutes once closed").hasSize(5);
        var pdf = meetingMinutes.minutesPdf(meeting.id(), Translations.DUTCH);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Karin Smit", "Alleen via de schoolapp.",
                    "behalve tijdens schoolreizen", "Ouders informeren");
        }
        assertThat(events.stream(MeetingClosed.class)).filteredOn(event -> event.meetingId() == meeting.id())
                .singleElement().satisfies(event -> {
                    assertThat(event.attendees()).isEqualTo(2);
                    assertThat(event.decided()).isEqualTo(1);
                });
    }

    @Test
    void the_minutes_read_every_poll_and_its_counts_in_one_go_however_many_polls_the_meeting_had() {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        var first = polls.open(meeting.id(), PollKind.STELLING, "Alleen via de schoolapp.", List.of(), true);
        vote("docent@school.example", first.id(), 0);
        vote("directeur@school.example", first.id(), 1);
        polls.close(first.id());
        var second = polls.open(meeting.id(), PollKind.MEERKEUZE, "Welk kanaal?", List.of("ELO", "Mail", "App"), false);
        vote("docent@school.example", second.id(), 2);
        meetingFlow.next(meeting.id());
        var third = polls.open(meeting.id(), PollKind.STELLING, "Alleen in groepen.", List.of(), true);
        vote("directeur@school.example", third.id(), 0);
        meetingFlow.next(meeting.id());
        meetingFlow.close(meeting.id());

        var queries = queriesDuring(() -> meetingMinutes.minutes(meeting.id()));

        assertThat(queries.getOrDefault("MeetingPoll", 0L)).as("queries for the polls").isEqualTo(1);
        assertThat(queries.getOrDefault("PollVote", 0L)).as("queries for the counts").isEqualTo(1);
        var minutes = meetingMinutes.minutes(meeting.id());
        assertThat(minutes.items().get(0).polls()).extracting(Minutes.PollResult::question, Minutes.PollResult::voters)
                .containsExactly(tuple("Alleen via de schoolapp.", 2), tuple("Welk kanaal?", 1));
        assertThat(minutes.items().get(0).polls().get(0).counts()).extracting(Minutes.OptionCount::votes)
                .containsExactly(1, 1, 0);
        assertThat(minutes.items().get(0).polls().get(1).counts())
                .extracting(Minutes.OptionCount::label, Minutes.OptionCount::votes)
                .containsExactly(tuple("ELO", 0), tuple("Mail", 0), tuple("App", 1));
        assertThat(minutes.items().get(1).polls()).singleElement().satisfies(poll -> {
            assertThat(poll.question()).isEqualTo("Alleen in groepen.");
            assertThat(poll.counts()).extracting(Minutes.OptionCount::votes).containsExactly(1, 0, 0);
        });
        assertThat(minutes.items().subList(2, 5)).allSatisfy(item -> assertThat(item.polls()).isEmpty());
    }

    @Test
    void the_console_reads_the_agenda_and_the_polls_once() {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        var older = polls.open(meeting.id(), PollKind.STELLING, "Alleen via de schoolapp.", List.of(), true);
        polls.close(older.id());
        polls.open(meeting.id(), PollKind.STELLING, "Alleen in groepen.", List.of(), false);
        vote("docent@school.example", meetings.live(meeting.id()).poll().id(), 1);

        var queries = queriesDuring(() -> meetings.console(meeting.id()));

        assertThat(queries.getOrDefault("MeetingItem", 0L)).as("queries for the agenda").isEqualTo(1);
        assertThat(queries.getOrDefault("MeetingPoll", 0L)).as("queries for the polls").isEqualTo(1);
        var console = meetings.console(meeting.id());
        assertThat(console.agenda()).hasSize(5);
        assertThat(console.live().current()).isEqualTo(console.agenda().getFirst());
        assertThat(console.live().itemCount()).isEqualTo(5);
        assertThat(console.polls()).extracting(PollState::question)
                .containsExactly("Alleen in groepen.", "Alleen via de schoolapp.");
        assertThat(console.live().poll()).isEqualTo(console.polls().getFirst());
        assertThat(console.live().poll().counts()).containsExactly(0, 1, 0);
        assertThat(console.live().poll().named()).extracting(PollState.NamedVote::name).containsExactly("Bart de Vries");
    }

    @Test
    void the_decisions_become_a_new_concept_on_top_of_the_current_one_and_undecided_items_are_listed() {
        var meeting = plannedMeeting();
        var before = codeTexts.code(meeting.codeId()).latestDraft();
        meetingFlow.start(meeting.id());
        var third = item(meeting.id(), 3);
        meetingDecisions.recordDecision(third.id(), third.version(), decided(AVONDREGEL));
        var second = item(meeting.id(), 2);
        meetingDecisions.recordDecision(second.id(), second.version(), new Decision(DecisionStatus.UITGESTELD,
                "Misschien alleen in groepen", "", "", List.of()));
        var topic = planning.addTopic(meeting.id(), new ItemText("Schooltelefoon", List.of(), List.of()));
        meetingDecisions.recordDecision(topic.id(), topic.version(), new Decision(DecisionStatus.BESLOTEN,
                "Mentoren krijgen een telefoon van school.", "", "", List.of()));
        assertThatThrownBy(() -> meetingDrafts.makeDraft(meeting.id()))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.draft-not-closed"));
        meetingFlow.close(meeting.id());

        var draft = meetingDrafts.makeDraft(meeting.id());

        var version = codeTexts.version(draft.versionId());
        assertThat(version.status()).isEqualTo(VersionStatus.CONCEPT);
        assertThat(draft.parentNumber()).isEqualTo(before.number());
        assertThat(codeTexts.version(before.id()).status()).isEqualTo(VersionStatus.VERVANGEN);
        // planned for 12 March 2027, held (started) today: the version names the day it was held
        var today = dutchDate(LocalDate.now(SchoolTime.ZONE));
        assertThat(version.summary().message()).isEqualTo("Teamdag " + today + ": besluiten verwerkt");
        assertThat(version.summary().source()).isEqualTo("Teamdag " + today + " – Teamdag maart");
        var section3 = version.markdown().substring(version.markdown().indexOf("## 3."), version.markdown().indexOf("## 4."));
        assertThat(section3).contains(AVONDREGEL, "behalve tijdens schoolreizen");
        assertThat(version.markdown()).contains("Mentoren krijgen een telefoon van school.")
                .doesNotContain("Misschien alleen in groepen");
        assertThat(draft.written()).extracting(Minutes.AgendaResult::title).containsExactly(Q3, "Schooltelefoon");
        assertThat(draft.undecided()).extracting(Minutes.AgendaResult::position).containsExactly(1, 2, 4, 5);
        assertThat(meetings.meeting(meeting.id()).draftVersionNumber()).isEqualTo(draft.number());
        assertThat(events.stream(DraftCreatedFromMeeting.class)).filteredOn(event -> event.meetingId() == meeting.id())
                .singleElement().satisfies(event -> assertThat(event.number()).isEqualTo(draft.number()));

        assertThatThrownBy(() -> meetingDrafts.makeDraft(meeting.id())).as("one draft per meeting, never two")
                .satisfies(refused -> assertThat(dutch(refused))
                        .isEqualTo("Van deze bijeenkomst is al een concept gemaakt: versie " + draft.number() + "."));
        assertThat(codeTexts.history(meeting.codeId())).hasSize(2);
    }

    /**
     * Issue 12: the facilitator makes the draft while an editor saves the next version of the same
     * code. Both get version number 2 from the database; the editor's save holds it (committed a
     * moment later), so the facilitator's insert waits and then loses on the unique key. The draft
     * must not end in a database error: it is made again, on top of the editor's version, and both
     * texts are in it.
     */
    @Test
    void a_draft_made_while_an_editor_saves_the_same_code_is_made_on_top_of_the_editors_version() throws Exception {
        var meeting = plannedMeeting();
        var first = codeTexts.code(meeting.codeId()).latestDraft();
        meetingFlow.start(meeting.id());
        var third = item(meeting.id(), 3);
        meetingDecisions.recordDecision(third.id(), third.version(), decided(AVONDREGEL));
        meetingFlow.close(meeting.id());
        var editorsLine = "Een zin die de redacteur tegelijk toevoegde.";
        var editorsText = codeTexts.version(first.id()).markdown() + "\n" + editorsLine + "\n";
        var coordinator = users.loadUserByUsername("coordinator@school.example");
        var editorHasSaved = new CountDownLatch(1);
        var editorMayCommit = new CountDownLatch(1);
        long retriesBefore = retry.retries();
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<VersionDetail> editor = pool.submit(() -> SystemActor.runAsPerson(coordinator,
                    () -> transaction.execute(status -> {
                        var saved = codeTexts.save(first.id(), editorsText, "Redactie", null);
                        editorHasSaved.countDown();
                        awaitQuietly(editorMayCommit);
                        return saved;
                    })));
            assertThat(editorHasSaved.await(30, TimeUnit.SECONDS)).isTrue();
            Future<DraftFromMeeting> facilitator = pool.submit(() -> SystemActor.runAsPerson(coordinator,
                    () -> meetingDrafts.makeDraft(meeting.id())));
            // the facilitator's insert of number 2 waits for the editor's (or it failed: its error shows below)
            waitUntil(() -> someoneWaitsForALock() || facilitator.isDone());
            editorMayCommit.countDown();

            var editors = Objects.requireNonNull(editor.get(30, TimeUnit.SECONDS));
            var draft = facilitator.get(30, TimeUnit.SECONDS);

            assertThat(editors.number()).isEqualTo(2);
            assertThat(draft.number()).as("the draft comes after the editor's version").isEqualTo(3);
            assertThat(draft.parentNumber()).isEqualTo(2);
            assertThat(codeTexts.version(draft.versionId()).markdown()).contains(editorsLine, AVONDREGEL);
            assertThat(codeTexts.history(meeting.codeId())).hasSize(3);
            assertThat(meetings.meeting(meeting.id()).draftVersionNumber()).isEqualTo(3);
            assertThat(retry.retries()).as("the draft lost the race once and was made again").isGreaterThan(retriesBefore);
        } finally {
            editorMayCommit.countDown();
            pool.shutdownNow();
        }
    }

    /** Whether another session's insert or update of a version waits for a row that a transaction holds. */
    private boolean someoneWaitsForALock() {
        var postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
        var waiting = postgres
                ? jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and datname = current_database()", Integer.class)
                : jdbc.queryForObject("select count(*) from information_schema.sessions where session_id <> session_id() "
                        + "and (lower(executing_statement) like 'update code_version%' "
                        + "or lower(executing_statement) like 'insert into code_version%')", Integer.class);
        return waiting != null && waiting > 0;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("the facilitator's insert waited for the editor's").isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_minutes_carry_the_day_the_meeting_started_and_the_facilitator_corrects_it_once_closed() throws Exception {
        var meeting = plannedMeeting();
        assertThat(meetingMinutes.minutes(meeting.id()).date()).as("never started: the planned day")
                .isEqualTo(LocalDate.of(2027, 3, 12));
        meetingFlow.start(meeting.id());
        var today = LocalDate.now(SchoolTime.ZONE);
        assertThat(meetingMinutes.minutes(meeting.id()).date()).as("planned for March, started today").isEqualTo(today);
        assertThat(meetings.meeting(meeting.id()).date()).isEqualTo(today);
        assertThatThrownBy(() -> meetingMinutes.correctDate(meeting.id(), today.minusDays(1)))
                .satisfies(refused -> assertThat(dutch(refused)).isEqualTo("De datum kunt u corrigeren zodra de "
                        + "bijeenkomst is afgesloten; tot dan geldt de dag waarop zij begon."));
        var item = item(meeting.id(), 1);
        meetingDecisions.recordDecision(item.id(), item.version(), decided("Alleen via de kanalen van school."));
        meetingFlow.close(meeting.id());

        assertThatThrownBy(() -> meetingMinutes.correctDate(meeting.id(), null))
                .satisfies(refused -> assertThat(dutch(refused)).isEqualTo("Kies de dag waarop de bijeenkomst is gehouden."));
        assertThatThrownBy(() -> meetingMinutes.correctDate(meeting.id(), today.plusDays(1)))
                .satisfies(refused -> assertThat(dutch(refused)).isEqualTo("De bijeenkomst is op " + dutchDate(today)
                        + " afgesloten en kan dus niet later gehouden zijn. Kies " + dutchDate(today) + " of een eerdere dag."));
        assertThatThrownBy(() -> meetingMinutes.correctDate(meeting.id(), today.minusYears(2)))
                .satisfies(refused -> assertThat(dutch(refused)).isEqualTo("Die dag ligt meer dan een jaar voor het "
                        + "afsluiten (" + dutchDate(today) + "). Controleer het jaartal."));
        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> meetingMinutes.correctDate(meeting.id(), today.minusDays(2)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "coordinator@school.example");
        assertThat(meetingMinutes.minutes(meeting.id()).date()).as("nothing changed by a refusal").isEqualTo(today);

        var held = today.minusDays(2);
        assertThat(meetingMinutes.correctDate(meeting.id(), held).date()).isEqualTo(held);

        assertThat(meetingMinutes.minutes(meeting.id()).date()).isEqualTo(held);
        try (var document = Loader.loadPDF(meetingMinutes.minutesPdf(meeting.id(), Translations.DUTCH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Datum " + dutchDate(held))
                    .doesNotContain("12 maart 2027");
        }
        assertThat(events.stream(MeetingDateCorrected.class)).filteredOn(event -> event.meetingId() == meeting.id())
                .singleElement().satisfies(event -> assertThat(event.auditDetails()).endsWith("from=" + today + "; to=" + held));
        var draft = meetingDrafts.makeDraft(meeting.id());
        assertThat(codeTexts.version(draft.versionId()).summary().message())
                .isEqualTo("Teamdag " + dutchDate(held) + ": besluiten verwerkt");
    }

    private static String dutchDate(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(Translations.DUTCH).format(day);
    }

    @Test
    void without_a_concept_the_decisions_go_on_top_of_the_adopted_version() {
        var meeting = plannedMeeting();
        var first = codeTexts.code(meeting.codeId()).latestDraft();
        SignIn.as(users, "directeur@school.example");
        codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING);
        SignIn.as(users, "mr.voorzitter@school.example");
        codeTexts.transition(first.id(), VersionStatus.INGESTEMD);
        SignIn.as(users, "directeur@school.example");
        codeTexts.transition(first.id(), VersionStatus.VASTGESTELD);
        meetingFlow.start(meeting.id());
        var item = item(meeting.id(), 1);
        meetingDecisions.recordDecision(item.id(), item.version(), decided("Alleen via de kanalen van school."));
        meetingFlow.close(meeting.id());

        var draft = meetingDrafts.makeDraft(meeting.id());

        assertThat(draft.parentNumber()).isEqualTo(1);
        assertThat(codeTexts.version(draft.versionId()).markdown()).contains("Alleen via de kanalen van school.");
        assertThat(codeTexts.active(meeting.codeId()).orElseThrow().number()).as("the adopted version stays").isEqualTo(1);
    }

    @Test
    void a_meeting_without_any_decision_makes_no_draft() {
        var meeting = plannedMeeting();
        meetingFlow.start(meeting.id());
        meetingFlow.close(meeting.id());

        assertThatThrownBy(() -> meetingDrafts.makeDraft(meeting.id()))
                .satisfies(refused -> assertThat(messageKey(refused)).isEqualTo("teamday.error.nothing-decided"));
        assertThat(codeTexts.history(meeting.codeId())).hasSize(1);
    }

    @Test
    void screens_that_follow_a_meeting_hear_of_each_committed_change_until_they_stop() throws Exception {
        var meeting = plannedMeeting();
        var heard = new CopyOnWriteArrayList<MeetingChange.What>();
        var registration = broadcaster.register(meeting.id(), change -> heard.add(change.what()));
        assertThat(broadcaster.listeners(meeting.id())).isEqualTo(1);

        meetingFlow.start(meeting.id());
        polls.openDefault(meeting.id());
        waitFor(() -> heard.contains(MeetingChange.What.POLL));
        assertThat(heard).contains(MeetingChange.What.FLOW);

        registration.remove();
        heard.clear();
        meetingFlow.next(meeting.id());
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(heard).isEmpty();
        assertThat(broadcaster.listeners(meeting.id())).isZero();
    }

    @Test
    void a_screens_own_action_reaches_every_other_screen_but_not_the_screen_itself() throws Exception {
        var meeting = plannedMeeting();
        var console = new CopyOnWriteArrayList<MeetingChange.What>();
        var projector = new CopyOnWriteArrayList<MeetingChange.What>();
        var consoleRegistration = broadcaster.register(meeting.id(), change -> console.add(change.what()));
        var projectorRegistration = broadcaster.register(meeting.id(), change -> projector.add(change.what()));
        try {
            broadcaster.withoutEcho(consoleRegistration, () -> meetingFlow.start(meeting.id()));
            waitFor(() -> projector.contains(MeetingChange.What.FLOW));
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(console).as("the console drew its own start itself").isEmpty();

            meetingFlow.next(meeting.id());
            waitFor(() -> console.contains(MeetingChange.What.FLOW));
        } finally {
            consoleRegistration.remove();
            projectorRegistration.remove();
        }
    }

    @Test
    void a_refused_change_is_not_announced() throws Exception {
        var meeting = plannedMeeting();
        var heard = new CopyOnWriteArrayList<MeetingChange.What>();
        var registration = broadcaster.register(meeting.id(), change -> heard.add(change.what()));
        try {
            SignIn.as(users, "docent@school.example");
            assertThatThrownBy(() -> meetingAttendance.join("ZZZZZZ")).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> polls.propose(meeting.id(), "Te vroeg")).isInstanceOf(InvalidInput.class);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(heard).isEmpty();
        } finally {
            registration.remove();
        }
    }

    /** Votes as someone else; the coördinator is signed in again afterwards. */
    private void vote(String email, long pollId, int choice) {
        SignIn.as(users, email);
        polls.vote(pollId, choice);
        SignIn.as(users, "coordinator@school.example");
    }

    /**
     * How often the work ran a query on each entity, by the entity it selects from, counted by
     * Hibernate's statistics. Only the team day's queries matter here, so a scheduled job that runs
     * meanwhile (the mail retry) does not disturb the count.
     */
    private Map<String, Long> queriesDuring(Runnable work) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            work.run();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        var counts = new TreeMap<String, Long>();
        for (var query : statistics.getQueries()) {
            var from = FROM_ENTITY.matcher(query);
            if (from.find()) {
                counts.merge(from.group(1), statistics.getQueryStatistics(query).getExecutionCount(), Long::sum);
            }
        }
        return counts;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("heard in time").isTrue();
    }
}
