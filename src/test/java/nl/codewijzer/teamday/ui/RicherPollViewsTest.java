package nl.codewijzer.teamday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingSummary;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.TeamMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The richer poll kinds on the phone, the console and the projector, without a browser. */
@CodewijzerTest
class RicherPollViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingFlow meetingFlow;

    @Autowired
    MeetingPolls polls;

    @Autowired
    TeamMeetings meetings;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    private MeetingSummary runningMeeting() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Rijkere peilingen " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE));
        meetingFlow.start(meeting.id());
        return meeting;
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_votes_on_a_scale_from_the_phone_and_sees_the_median_after_the_reveal() {
        var meeting = runningMeeting();
        var poll = polls.open(meeting.id(), PollKind.SCHAAL, "De mentor heeft een schooltelefoon nodig.", List.of(),
                true);
        SignIn.as(users, "mr.lid@school.example");
        polls.vote(poll.id(), 4);
        SignIn.as(users, "docent@school.example");

        var phone = navigate(PhoneView.class, meeting.joinCode());
        assertThat($(NativeButton.class, phone.pollArea).all()).extracting(PhoneViewText::of)
                .containsExactly("1 · helemaal oneens", "2 · oneens", "3 · neutraal", "4 · eens", "5 · helemaal eens");
        test($(NativeButton.class).id("vote-option-3")).click();
        assertThat($(Paragraph.class).id("my-vote").getText())
                .isEqualTo("Uw stem: 4 · eens. U kunt wijzigen tot de stemming sluit.");
        assertThat(text(phone.pollArea)).as("no median before the reveal").doesNotContain("Mediaan");

        SignIn.as(users, "coordinator@school.example");
        polls.close(poll.id());
        polls.reveal(poll.id());
        SignIn.as(users, "docent@school.example");
        var closed = navigate(PhoneView.class, meeting.joinCode());
        assertThat(text(closed.pollArea)).contains("4 · eens — 1 stem (50%)", "5 · helemaal eens — 1 stem (50%)");
        assertThat($(Paragraph.class).id("phone-median").getText()).isEqualTo("Mediaan: 4,5 (tussen eens en helemaal eens)");

        // the points are stored in Dutch, as the meeting showed them; a colleague who reads English sees them in English
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var english = navigate(PhoneView.class, meeting.joinCode());
        assertThat(text(english.pollArea)).contains("4 · agree — 1 vote (50%)", "5 · strongly agree — 1 vote (50%)")
                .doesNotContain("eens");
        assertThat($(Paragraph.class).id("phone-median").getText())
                .isEqualTo("Median: 4.5 (between agree and strongly agree)");
        SignIn.as(users, "coordinator@school.example");
        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        assertThat($(Svg.class).id("projector-results").getElement().getProperty("innerHTML"))
                .contains(">strongly disagree</text>", ">neutral</text>", ">strongly agree</text>").doesNotContain("eens");
        assertThat($(Paragraph.class).id("projector-poll-status").getText())
                .endsWith("Median: 4.5 (between agree and strongly agree)");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void a_ranking_with_one_option_is_refused_at_the_options_field_and_two_open_it() {
        var meeting = runningMeeting();
        var console = navigate("teamdag/" + meeting.id() + "/regie", ConsoleView.class);
        test(console.pollForm.kind).selectItem("Rangorde (opties op volgorde van voorkeur)");
        assertThat(console.pollForm.options.isVisible()).isTrue();
        test(console.pollForm.question).setValue("Welke kanalen eerst?");
        test(console.pollForm.options).setValue("Alleen de schoolapp\n\n");
        test(console.pollForm.open).click();
        assertThat(console.pollForm.options.getErrorMessage())
                .isEqualTo("Een rangorde heeft ten minste twee opties nodig, elk op een eigen regel.");
        assertThat(polls.ofItem(java.util.Objects.requireNonNull(meetings.live(meeting.id()).current()).id()))
                .as("nothing half-opened").isEmpty();
        test(console.pollForm.options).setValue("Schoolapp\nSchoolmail");
        test(console.pollForm.open).click();
        assertThat(console.pollForm.options.isInvalid()).isFalse();
        var poll = meetings.live(meeting.id()).poll();
        assertThat(poll.kind()).isEqualTo(PollKind.RANGORDE);
        assertThat(poll.options()).containsExactly("Schoolapp", "Schoolmail");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void a_ranking_is_tapped_in_order_on_the_phone_and_shown_as_ordered_bars() {
        var meeting = runningMeeting();
        var poll = polls.open(meeting.id(), PollKind.RANGORDE, "Welke kanalen eerst?",
                List.of("Schoolapp", "Schoolmail", "Sociale media"), true);

        SignIn.as(users, "docent@school.example");
        var phone = navigate(PhoneView.class, meeting.joinCode());
        assertThat(text(phone.pollArea)).contains("Tik de opties aan in volgorde van voorkeur", "A. Schoolapp",
                "B. Schoolmail", "C. Sociale media");
        assertThat($(Button.class).id("rank-send").isEnabled()).as("nothing to send yet").isFalse();
        test($(NativeButton.class).id("rank-option-1")).click();
        assertThat($(Paragraph.class).id("rank-order").getText()).isEqualTo("Uw volgorde: B");
        assertThat(text($(NativeButton.class).id("rank-option-1"))).contains("1e");
        test($(Button.class).id("rank-reset")).click();
        assertThat($(Paragraph.class).id("rank-order").getText()).isEqualTo("Tik uw eerste keus aan.");
        test($(NativeButton.class).id("rank-option-2")).click();
        test($(NativeButton.class).id("rank-option-0")).click();
        assertThat($(Paragraph.class).id("rank-order").getText()).as("the one left goes last by itself")
                .isEqualTo("Uw volgorde: C > A > B");
        assertThat(text($(NativeButton.class).id("rank-option-1"))).contains("3e");
        assertThat($(Paragraph.class).id("rank-pending").getText()).startsWith("Nog niet ingestuurd");
        assertThat(polls.poll(poll.id()).voters()).as("nothing sent before 'Volgorde insturen'").isZero();
        test($(Button.class).id("rank-send")).click();
        assertThat($(Paragraph.class).id("my-vote").getText())
                .isEqualTo("Uw stem: C > A > B. U kunt wijzigen tot de stemming sluit.");
        assertThat($(Paragraph.class, phone.pollArea).all()).extracting(Paragraph::getId)
                .as("sent: no longer pending").doesNotContain(java.util.Optional.of("rank-pending"));

        SignIn.as(users, "mr.lid@school.example");
        polls.rank(poll.id(), List.of(2, 1, 0));
        SignIn.as(users, "coordinator@school.example");
        polls.close(poll.id());
        polls.reveal(poll.id());
        // C: 2 + 2 = 4, A: 1 + 0 = 1, B: 0 + 1 = 1 (equal points keep the options' order)
        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        var bars = $(Svg.class).id("projector-results").getElement().getProperty("innerHTML");
        assertThat(bars).contains(">1. C</text>", ">4 punten</text>", ">2. A</text>", ">3. B</text>",
                ">1 punt</text>");
        assertThat(bars.indexOf("1. C")).isLessThan(bars.indexOf("2. A"));

        SignIn.as(users, "docent@school.example");
        var after = navigate(PhoneView.class, meeting.joinCode());
        assertThat(text(after.pollArea)).contains("C. Sociale media — 4 punten", "A. Schoolapp — 1 punt",
                "B. Schoolmail — 1 punt").as("an anonymous ballot is nobody's once the poll closed")
                .doesNotContain("uw stem: ");
        assertThat(text(after.pollArea).indexOf("C. Sociale media — 4")).isLessThan(text(after.pollArea)
                .indexOf("A. Schoolapp — 1"));
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_answers_an_open_question_on_the_phone_an_empty_answer_is_refused_at_the_field() {
        var meeting = runningMeeting();
        var poll = polls.open(meeting.id(), PollKind.OPEN_VRAAG, "Wat werkt goed in de schoolapp?", List.of(), true);
        SignIn.as(users, "mr.lid@school.example");
        polls.answer(poll.id(), "Berichten aan ouders gaan snel; auto's niet.");
        SignIn.as(users, "docent@school.example");

        var phone = navigate(PhoneView.class, meeting.joinCode());
        assertThat($(Paragraph.class).id("my-vote").getText()).isEqualTo("U hebt nog geen antwoord gegeven.");
        assertThat(phone.answerField.getMaxLength()).isEqualTo(MeetingPolls.MAX_ANSWER);
        test(phone.answerField).setValue("   ");
        test(phone.answerSend).click();
        assertThat(phone.answerField.isInvalid()).isTrue();
        assertThat(phone.answerField.getErrorMessage())
                .isEqualTo("Vul een antwoord in: een leeg antwoord kan niet worden ingestuurd.");
        assertThat(polls.poll(poll.id()).voters()).as("nothing kept of an empty answer").isEqualTo(1);

        test(phone.answerField).setValue("Snelle <b>berichten</b> aan ouders");
        test(phone.answerSend).click();
        assertThat(phone.answerField.isInvalid()).isFalse();
        assertThat($(Paragraph.class).id("my-vote").getText())
                .isEqualTo("Uw antwoord: Snelle <b>berichten</b> aan ouders");
        assertThat(phone.answerField.getValue()).as("the answer stays in the field, to change until closed")
                .isEqualTo("Snelle <b>berichten</b> aan ouders");
        assertThat(text(phone.pollArea)).as("no words before the reveal").doesNotContain("Meest genoemde");

        SignIn.as(users, "coordinator@school.example");
        polls.reveal(poll.id());
        polls.close(poll.id());
        SignIn.as(users, "docent@school.example");
        navigate(PhoneView.class, meeting.joinCode());
        var cloud = $(Svg.class).id("phone-results").getElement().getProperty("innerHTML");
        assertThat(cloud).contains(">berichten</text>", ">ouders</text>", ">auto's</text>")
                .doesNotContain("<b>", ">aan</text>");
        assertThat(cloud).containsPattern("data-count=\"2\"[^>]*>berichten<");
        assertThat(text(navigate(PhoneView.class, meeting.joinCode()).pollArea)).contains("2 antwoorden")
                .as("anonymous: nobody's once closed").doesNotContain("Uw antwoord");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_facilitator_opens_an_open_question_hides_an_answer_and_the_projector_leaves_it_out() {
        var meeting = runningMeeting();
        var console = navigate("teamdag/" + meeting.id() + "/regie", ConsoleView.class);
        test(console.pollForm.kind).selectItem("Open vraag (antwoorden als woordwolk)");
        assertThat(console.pollForm.options.isVisible()).as("an open question has no options").isFalse();
        test(console.pollForm.question).setValue("Wat werkt goed in de schoolapp?");
        test(console.pollForm.open).click();
        var poll = meetings.live(meeting.id()).poll();
        assertThat(poll.kind()).isEqualTo(PollKind.OPEN_VRAAG);

        SignIn.as(users, "docent@school.example");
        polls.answer(poll.id(), "Snelle berichten aan ouders");
        SignIn.as(users, "mr.lid@school.example");
        polls.answer(poll.id(), "Scheldpartij over collega Pietersen");
        SignIn.as(users, "coordinator@school.example");
        console = navigate("teamdag/" + meeting.id() + "/regie", ConsoleView.class);
        var answers = $(com.vaadin.flow.component.html.Div.class).withClassName("open-answer").all();
        assertThat(answers).extracting(RicherPollViewsTest::text).hasSize(2)
                .anyMatch(row -> row.contains("Scheldpartij over collega Pietersen"));
        var offending = answers.stream().filter(row -> text(row).contains("Pietersen")).findFirst().orElseThrow();
        test($(Button.class, offending).single()).click();

        var current = $(com.vaadin.flow.component.html.Div.class).id("current-poll");
        assertThat(text(current)).contains("1 antwoord verborgen: het telt niet mee en staat niet op het scherm",
                "Weer tonen");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("hidden-answer").all())
                .extracting(RicherPollViewsTest::text).singleElement().asString().contains("Pietersen");
        assertThat(polls.poll(poll.id()).cloud().words()).extracting(w -> w.text())
                .doesNotContain("pietersen", "scheldpartij");

        polls.reveal(poll.id());
        navigate("teamdag/" + meeting.id() + "/beamer", ProjectorView.class);
        var cloud = $(Svg.class).id("projector-results").getElement().getProperty("innerHTML");
        assertThat(cloud).contains(">berichten</text>", ">ouders</text>").doesNotContain("ietersen", "cheldpartij");
        assertThat($(Paragraph.class).id("projector-poll-status").getText()).startsWith("1 antwoord");
    }

    /** A vote button's visible answer, without the "✓ Uw stem" mark. */
    private static final class PhoneViewText {
        static String of(NativeButton button) {
            return button.getChildren().findFirst().map(RicherPollViewsTest::text).orElse("");
        }
    }
}
