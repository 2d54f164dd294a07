package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 19 item 3: a beamer does not scroll. The worst poll a facilitator can make within reason,
 * six answers of 300 characters, revealed with its bars, fits a 1920 x 1080, a 1280 x 720 and a
 * 1024 x 768 beamer: the question, every answer, the bars and the status line are on screen and the
 * page does not scroll. Its own Spring context, so its meeting never meets the team-day journey's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-projector-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class ProjectorFitIT extends BrowserTest {

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
    MeetingAttendance meetingAttendance;

    @Autowired
    MeetingPolls polls;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void six_long_answers_with_their_bars_fit_three_beamer_sizes_without_scrolling() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Beamer " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE));
        meetingFlow.start(meeting.id());
        var answers = IntStream.range(0, 6).mapToObj(ProjectorFitIT::answer).toList();
        var poll = polls.open(meeting.id(), PollKind.MEERKEUZE,
                "Via welke kanalen mogen medewerkers contact hebben met leerlingen, en wanneer?", answers, true);
        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        polls.vote(poll.id(), 2);
        SignIn.as(users, "coordinator@school.example");
        polls.reveal(poll.id());

        for (var screen : List.of(new int[] {1920, 1080}, new int[] {1280, 720}, new int[] {1024, 768})) {
            int width = screen[0];
            int height = screen[1];
            var projector = open("http://localhost:" + port, width, height);
            Login.as(projector, "coordinator@school.example", Login.DEMO_PASSWORD);
            projector.navigate("/teamdag/" + meeting.id() + "/beamer");
            assertThat(projector.locator("#projector-results")).isVisible();
            var status = projector.locator("#projector-poll-status");
            assertThat(status).containsText("1 stem");
            // the font is fitted in the browser once the page is drawn: give it a moment
            projector.waitForFunction("() => { const m = document.querySelector('.projector-main');"
                    + " return m && m.scrollHeight <= m.clientHeight + 1; }", null,
                    new Page.WaitForFunctionOptions().setTimeout(3000));

            var size = width + " x " + height + " " + projector.evaluate("""
                    () => { const v = document.querySelector('#projector'); const m = document.querySelector('.projector-main');
                            return JSON.stringify({fit: typeof v.$fit, main: !!m, client: m && m.clientHeight,
                                scroll: m && m.scrollHeight, font: m && m.style.fontSize}); }""");
            assertThat(((Number) projector.evaluate("document.documentElement.scrollHeight")).intValue())
                    .as("page height at " + size).isLessThanOrEqualTo(height);
            assertThat(bottom(status)).as("status line at " + size).isLessThanOrEqualTo(height);
            assertThat(bottom(projector.locator("#projector-results"))).as("bars at " + size).isLessThanOrEqualTo(height);
            var options = projector.locator(".projector-options li");
            assertThat(options.count()).isEqualTo(6);
            assertThat(bottom(options.last())).as("last answer at " + size).isLessThanOrEqualTo(height);
            assertThat(visibleWithin(projector, status)).as("status line not cut off at " + size).isTrue();
            assertThat(projector.locator("#projector").getByText("Toetsen:")).hasCount(0);
        }
    }

    /** An answer of exactly 300 characters, different for each letter. */
    private static String answer(int index) {
        var start = "Antwoord " + (char) ('A' + index) + ": medewerkers gebruiken alleen de schoolapp en de schoolmail, ";
        var filler = "tijdens schooltijden en in overleg met de mentor, nooit via een privéaccount of een besloten groep, ";
        var text = new StringBuilder(start);
        while (text.length() < 300) {
            text.append(filler);
        }
        return text.substring(0, 299) + ".";
    }

    private static double bottom(Locator element) {
        var box = element.boundingBox();
        return box.y + box.height;
    }

    /** Whether the element lies inside the part of its clipping container that is drawn. */
    private static boolean visibleWithin(Page page, Locator element) {
        return (Boolean) element.evaluate("""
                element => {
                    const main = element.closest('.projector-main');
                    const box = element.getBoundingClientRect();
                    const clip = main.getBoundingClientRect();
                    return box.bottom <= clip.bottom + 1 && box.top >= clip.top - 1;
                }""");
    }
}
