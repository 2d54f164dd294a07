package nl.codewijzer.teamday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingSummary;
import nl.codewijzer.teamday.PollKind;
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
    }

    /** A vote button's visible answer, without the "✓ Uw stem" mark. */
    private static final class PhoneViewText {
        static String of(NativeButton button) {
            return button.getChildren().findFirst().map(RicherPollViewsTest::text).orElse("");
        }
    }
}
