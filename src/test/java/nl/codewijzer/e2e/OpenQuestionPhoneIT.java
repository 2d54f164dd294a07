package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15, the open question on a 360 x 740 phone in a real browser: the answer field and its button
 * fit the width, an empty answer is refused at the field in Dutch, a sent answer is confirmed, and after
 * the reveal the word cloud arrives by push and fits the phone, without the answer the facilitator hid.
 * Its own Spring context, so its meeting never meets the team-day journey's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-open-question-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class OpenQuestionPhoneIT extends BrowserTest {

    private static final int WIDTH = 360;

    @LocalServerPort
    private int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingFlow meetingFlow;

    @Autowired
    MeetingPolls polls;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_teacher_answers_on_a_360_px_phone_and_sees_the_word_cloud_after_the_reveal() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Open vraag " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE));
        meetingFlow.start(meeting.id());
        var poll = polls.open(meeting.id(), PollKind.OPEN_VRAAG, "Wat werkt goed in de schoolapp?", List.of(), true);
        SignIn.as(users, "mr.lid@school.example");
        polls.answer(poll.id(), "Scheldpartij over collega Pietersen");

        var phone = open("http://localhost:" + port, WIDTH, 740);
        Login.as(phone, "docent@school.example", Login.DEMO_PASSWORD);
        phone.navigate("/doemee/" + meeting.joinCode());
        var field = phone.locator("#phone-answer");
        var send = phone.locator("#phone-answer-send");
        assertThat(field).isVisible();
        assertThat(send).isVisible();
        assertThat(right(field)).as("answer field within 360 px").isLessThanOrEqualTo(WIDTH);
        assertThat(right(send)).as("send button within 360 px").isLessThanOrEqualTo(WIDTH);
        assertThat(send.boundingBox().height).as("a button for a thumb").isGreaterThanOrEqualTo(44);

        send.click();
        assertThat(field).containsText("Vul een antwoord in: een leeg antwoord kan niet worden ingestuurd.");
        field.locator("textarea").fill("Snelle berichten aan ouders, ook in het weekend");
        send.click();
        assertThat(phone.locator("#my-vote")).hasText("Uw antwoord: Snelle berichten aan ouders, ook in het weekend");

        SignIn.as(users, "coordinator@school.example");
        var hidden = polls.ofItem(poll.itemId()).getFirst().answers().stream()
                .filter(answer -> answer.text().contains("Pietersen")).findFirst().orElseThrow();
        polls.hideAnswer(hidden.id(), true);
        polls.reveal(poll.id());
        polls.close(poll.id());

        var cloud = phone.locator("#phone-results");
        assertThat(cloud).isVisible();
        assertThat(cloud.locator("text.word")).containsText(new String[] {"berichten", "ouders", "snelle", "weekend"});
        assertThat(cloud).not().containsText("Pietersen");
        // an anonymous answer is nobody's once the question closed
        assertThat(phone.locator("#my-vote")).hasText("Stemming gesloten");
        assertThat(right(cloud)).as("word cloud within 360 px").isLessThanOrEqualTo(WIDTH);
        assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the phone does not scroll sideways").isLessThanOrEqualTo(WIDTH);
        phone.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "open-question-phone-360.png")).setFullPage(true));
    }

    private static double right(Locator element) {
        var box = element.boundingBox();
        return box.x + box.width;
    }
}
