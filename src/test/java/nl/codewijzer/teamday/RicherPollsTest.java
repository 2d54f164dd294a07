package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The richer team-day polls against the real database: a scale with its median, a ranking by Borda
 * count, up to the minutes.
 */
@CodewijzerTest
class RicherPollsTest {

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingFlow meetingFlow;

    @Autowired
    MeetingPolls polls;

    @Autowired
    TeamMeetings meetings;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_scale_poll_runs_from_helemaal_oneens_to_helemaal_eens_and_its_median_reaches_the_minutes() throws Exception {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Schaal " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = meetingFlow.start(planning.create(code.summary().codeId(), "Teamdag",
                LocalDate.now(SchoolTime.ZONE)).id());
        var poll = polls.open(meeting.id(), PollKind.SCHAAL, "Een schooltelefoon voor de mentor is nodig.",
                List.of("genegeerd"), true);
        assertThat(poll.options()).containsExactly("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens");

        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 3);
        assertThat(meetings.live(meeting.id()).poll().scale()).as("hidden until revealed").isEmpty();
        SignIn.as(users, "mr.lid@school.example");
        polls.vote(poll.id(), 4);
        SignIn.as(users, "coordinator@school.example");
        polls.vote(poll.id(), 1);
        polls.reveal(poll.id());
        polls.close(poll.id());

        SignIn.as(users, "docent@school.example");
        var revealed = meetings.live(meeting.id()).poll();
        assertThat(revealed.counts()).containsExactly(0, 1, 0, 1, 1);
        assertThat(revealed.scale().orElseThrow().median()).contains(4.0);

        SignIn.as(users, "coordinator@school.example");
        var result = minutes.minutes(meeting.id()).items().stream().flatMap(item -> item.polls().stream())
                .filter(line -> line.kind() == PollKind.SCHAAL).findFirst().orElseThrow();
        assertThat(result.counts()).extracting(Minutes.OptionCount::votes).containsExactly(0, 1, 0, 1, 1);
        assertThat(result.scale().orElseThrow().median()).contains(4.0);
        try (var pdf = Loader.loadPDF(minutes.minutesPdf(meeting.id(), Locale.of("nl")))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Schaal (1–5)").contains("Mediaan: 4 (eens)").contains("helemaal eens");
        }
    }

    private LiveMeeting runningMeeting(String name) {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode(name + " " + System.nanoTime(), "gedragscode-sociale-media");
        return meetingFlow.start(planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE))
                .id());
    }

    private static String messageOf(Throwable refused) {
        var problem = ((InvalidInput) refused).problems().getFirst();
        return problem.field() + ": " + problem.messageKey();
    }

    @Test
    void a_ranking_with_one_option_is_refused_at_the_options_and_nothing_is_opened() {
        var meeting = runningMeeting("Rangorde");
        assertThatThrownBy(() -> polls.open(meeting.id(), PollKind.RANGORDE, "Welke kanalen eerst?",
                List.of("Alleen de schoolapp", " ", ""), true))
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("options: teamday.error.ranking-too-few"));
        assertThat(meetings.live(meeting.id()).poll()).as("no poll half-opened").isNull();
    }

    @Test
    void a_ranking_poll_counts_ballots_by_borda_and_the_order_reaches_the_minutes() throws Exception {
        var meeting = runningMeeting("Rangorde");
        var poll = polls.open(meeting.id(), PollKind.RANGORDE, "Welke kanalen eerst?",
                List.of("Schoolapp", "Schoolmail", "Sociale media"), false);

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> polls.vote(poll.id(), 0)).as("a ranking takes an order, not one answer")
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("choice: teamday.error.ranking-needed"));
        assertThatThrownBy(() -> polls.rank(poll.id(), List.of(1, 1, 0)))
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("choice: teamday.error.ranking-invalid"));
        assertThatThrownBy(() -> polls.rank(poll.id(), List.of(0, 3)))
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("choice: teamday.error.ranking-invalid"));
        assertThat(polls.poll(poll.id()).voters()).as("nothing kept of a refused ballot").isZero();
        polls.rank(poll.id(), List.of(2, 0, 1));
        var mine = polls.rank(poll.id(), List.of(1, 0, 2));
        assertThat(mine.myRanking()).as("a changed ballot replaces the first").containsExactly(1, 0, 2);
        assertThat(mine.ranking()).as("hidden until revealed").isEmpty();
        SignIn.as(users, "mr.lid@school.example");
        polls.rank(poll.id(), List.of(1, 2, 0));
        SignIn.as(users, "coordinator@school.example");
        var facilitator = polls.rank(poll.id(), List.of(0, 1, 2));
        // points: Schoolapp 1+0+2 = 3, Schoolmail 2+2+1 = 5, Sociale media 0+1+0 = 1
        assertThat(facilitator.voters()).isEqualTo(3);
        assertThat(facilitator.ranking().orElseThrow().places()).extracting(p -> p.option() + ":" + p.points())
                .containsExactly("1:5", "0:3", "2:1");
        assertThat(facilitator.named()).as("a named ranking shows each ballot to the facilitator")
                .extracting(PollState.NamedVote::ranking)
                .containsExactlyInAnyOrder(List.of(1, 0, 2), List.of(1, 2, 0), List.of(0, 1, 2));
        polls.close(poll.id());
        polls.reveal(poll.id());

        SignIn.as(users, "docent@school.example");
        var revealed = meetings.live(meeting.id()).poll();
        assertThat(revealed.ranking().orElseThrow().places()).extracting(BordaRanking.Place::option)
                .containsExactly(1, 0, 2);
        assertThat(revealed.myRanking()).as("a named poll still knows my ballot").containsExactly(1, 0, 2);

        SignIn.as(users, "coordinator@school.example");
        var result = minutes.minutes(meeting.id()).items().stream().flatMap(item -> item.polls().stream())
                .filter(line -> line.kind() == PollKind.RANGORDE).findFirst().orElseThrow();
        assertThat(result.voters()).isEqualTo(3);
        assertThat(result.ranking().orElseThrow().places()).extracting(BordaRanking.Place::points)
                .containsExactly(5, 3, 1);
        try (var pdf = Loader.loadPDF(minutes.minutesPdf(meeting.id(), Locale.of("nl")))) {
            // one space for each run of white space: the PDF wraps long lines
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Rangorde", "3 personen hebben gestemd",
                    "Borda-telling: een eerste keus krijgt 2 punten, een laatste 0.");
            assertThat(text.indexOf("Schoolmail")).as("first place first").isLessThan(text.indexOf("Sociale media"));
            assertThat(text).contains("1 Schoolmail 5", "2 Schoolapp 3", "3 Sociale media 1");
        }
    }

    @Test
    void an_open_question_takes_text_answers_the_facilitator_hides_one_and_the_cloud_and_minutes_leave_it_out()
            throws Exception {
        var meeting = runningMeeting("Open vraag");
        var poll = polls.open(meeting.id(), PollKind.OPEN_VRAAG, "Wat werkt goed in de schoolapp?",
                List.of("genegeerd"), true);
        assertThat(poll.options()).as("an open question has no options").isEmpty();

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> polls.answer(poll.id(), "  \n "))
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("answer: teamday.error.answer-empty"));
        assertThatThrownBy(() -> polls.answer(poll.id(), "x".repeat(MeetingPolls.MAX_ANSWER + 1)))
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("answer: teamday.error.answer-too-long"));
        assertThatThrownBy(() -> polls.vote(poll.id(), 0)).as("an open question takes text, not a choice")
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("choice: teamday.error.answer-needed"));
        assertThat(polls.poll(poll.id()).voters()).as("nothing kept of a refused answer").isZero();
        polls.answer(poll.id(), "Snel");
        var mine = polls.answer(poll.id(), "  Snelle berichten aan ouders; de groepschat werkt goed!  ");
        assertThat(mine.myAnswer()).as("a changed answer replaces the first, stripped")
                .isEqualTo("Snelle berichten aan ouders; de groepschat werkt goed!");
        assertThat(mine.voters()).isEqualTo(1);
        assertThat(mine.cloud()).as("hidden until revealed").isNull();
        assertThat(mine.answers()).as("a teacher never sees the list of answers").isEmpty();
        SignIn.as(users, "mr.lid@school.example");
        polls.answer(poll.id(), "Berichten aan OUDERS gaan snel.");
        SignIn.as(users, "coordinator@school.example");
        polls.answer(poll.id(), "<script>alert(1)</script> berichten van Jansen");

        var console = polls.ofItem(poll.itemId()).getFirst();
        assertThat(console.answers()).as("alphabetical, not in the order they came in").extracting(a -> a.text())
                .containsExactly("<script>alert(1)</script> berichten van Jansen", "Berichten aan OUDERS gaan snel.",
                        "Snelle berichten aan ouders; de groepschat werkt goed!");
        assertThat(console.named()).isEmpty();
        assertThat(console.cloud().words()).first().isEqualTo(new WordCloud.Word("berichten", 3));
        var offending = console.answers().getFirst().id();

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> polls.hideAnswer(offending, true)).as("only a facilitator moderates")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as(users, "coordinator@school.example");
        var moderated = polls.hideAnswer(offending, true);
        assertThat(moderated.hiddenAnswers()).isEqualTo(1);
        assertThat(moderated.answers()).filteredOn(PollState.OpenAnswer::hidden).extracting(a -> a.id())
                .containsExactly(offending);
        assertThat(moderated.cloud().words()).as("a hidden answer does not count")
                .contains(new WordCloud.Word("berichten", 2), new WordCloud.Word("ouders", 2))
                .noneMatch(word -> word.text().contains("script") || word.text().equals("jansen"));
        polls.reveal(poll.id());

        SignIn.as(users, "docent@school.example");
        var revealed = meetings.live(meeting.id()).poll();
        assertThat(revealed.cloud().words()).extracting(WordCloud.Word::text)
                .startsWith("berichten", "ouders").doesNotContain("jansen", "alert", "script", "de", "aan");
        assertThat(revealed.hiddenAnswers()).isEqualTo(1);
        assertThat(revealed.shownAnswers()).isEqualTo(2);
        assertThat(revealed.answers()).isEmpty();

        SignIn.as(users, "coordinator@school.example");
        polls.close(poll.id());
        assertThatThrownBy(() -> polls.hideAnswer(offending, false)).as("the answers are final once closed")
                .satisfies(refused -> assertThat(messageOf(refused)).isEqualTo("answer: teamday.error.poll-closed"));
        assertThat(jdbc.queryForObject("select count(*) from meeting_vote where poll_id = ? and person_id is null"
                + " and person_name is null and cast_at is null", Integer.class, poll.id()))
                .as("anonymous answers are stored without person or time").isEqualTo(3);

        var result = minutes.minutes(meeting.id()).items().stream().flatMap(item -> item.polls().stream())
                .filter(line -> line.kind() == PollKind.OPEN_VRAAG).findFirst().orElseThrow();
        assertThat(result.voters()).isEqualTo(3);
        assertThat(result.hidden()).isEqualTo(1);
        assertThat(result.answers()).containsExactly("Berichten aan OUDERS gaan snel.",
                "Snelle berichten aan ouders; de groepschat werkt goed!");
        assertThat(result.cloud().orElseThrow().words()).first().isEqualTo(new WordCloud.Word("berichten", 2));
        try (var pdf = Loader.loadPDF(minutes.minutesPdf(meeting.id(), Locale.of("nl")))) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Open vraag", "3 personen hebben geantwoord",
                    "1 antwoord verborgen door de gespreksleider (telt niet mee)", "Woord In antwoorden",
                    "berichten 2", "ouders 2", "Berichten aan OUDERS gaan snel.");
            assertThat(text).doesNotContain("script", "Jansen");
        }
    }
}
