package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.TeamMeetings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 19 item 2: the facilitator's console on a 1366 x 768 laptop, after two polls on one question.
 * Without scrolling the facilitator sees the second poll's count, bars and both its buttons; the first
 * poll is folded to one line; the proposals are on the first screen, not below the polls' history;
 * a follow-up action of 269 characters shows whole. Its own Spring context, so its meeting meets no
 * other test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-console-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class ConsoleLaptopFitIT extends BrowserTest {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final String PROPOSAL = "Geen berichten aan leerlingen na 19.00 uur, behalve op schoolreis.";
    private static final String SECOND = "Na 20.00 uur sturen we leerlingen geen berichten meer.";
    private static final String ACTION = "De schoolleiding zet de afspraak in de schoolgids en bespreekt hem op de "
            + "eerste ouderavond; de mentoren lichten hem toe in de mentorles van de eerste schoolweek, en de "
            + "ICT-coördinator richt de schoolapp zo in dat berichten na 19.00 uur pas de volgende ochtend aankomen.";

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

    @Autowired
    TeamMeetings meetings;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void after_two_polls_the_live_poll_its_buttons_and_the_proposals_fit_a_laptop_screen_and_the_first_poll_is_folded() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Laptop " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag sociale media", LocalDate.now(SchoolTime.ZONE));
        meetingFlow.start(meeting.id());
        SignIn.as(users, "docent@school.example");
        meetingAttendance.join(meeting.joinCode());
        polls.propose(meeting.id(), PROPOSAL);

        var console = open("http://localhost:" + port, WIDTH, HEIGHT);
        Login.as(console, "coordinator@school.example", Login.DEMO_PASSWORD);
        console.navigate("/teamdag/" + meeting.id() + "/regie");
        assertThat(console.locator("#proposals")).containsText(PROPOSAL);

        // the first poll: the question's own answer options, from the form; a vote; shown and closed
        console.locator("#poll-open").click();
        assertThat(console.locator("#current-poll")).containsText("Nog geen stemmen");
        polls.vote(currentPollId(meeting.id()), 1);
        assertThat(console.locator("#current-poll .poll-voters")).hasText("1 stem");
        console.locator("#poll-reveal").click();
        assertThat(console.locator("#current-poll")).containsText("uitslag getoond");
        console.locator("#poll-close").click();
        assertThat(console.locator("#current-poll")).containsText("Stemming gesloten");
        // the poll just held is not offered again, filled in, under its result
        assertThat(console.locator("#poll-form")).isHidden();

        // the second poll: a statement typed into the empty form "Nieuwe stemming" opens
        console.locator("#poll-new").click();
        var question = console.locator("#poll-form vaadin-text-area").first().locator("textarea");
        assertThat(question).hasValue("");
        question.fill(SECOND);
        console.locator("#poll-open").click();
        assertThat(console.locator("#current-poll h3")).hasText(SECOND);
        polls.vote(currentPollId(meeting.id()), 0);
        assertThat(console.locator("#current-poll .poll-voters")).hasText("1 stem");

        // what the facilitator sees, for a person to look at: target/screenshots/console-1366x768.png
        console.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "console-1366x768.png")));
        // the live poll without scrolling: its count, its bars and both buttons on the first screen
        assertThat(((Number) console.evaluate("window.scrollY")).intValue()).as("the console did not scroll").isZero();
        for (var part : new String[] {"#current-poll .poll-voters", "#current-poll .console-bars", "#poll-reveal",
                "#poll-close"}) {
            var box = box(console.locator(part));
            assertThat(box.y).as(part + " top").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as(part + " bottom").isLessThanOrEqualTo(HEIGHT);
        }

        // the first poll is folded to one line
        var earlier = console.locator(".earlier-poll");
        assertThat(earlier).hasCount(1);
        assertThat(earlier).not().hasAttribute("opened", "");
        assertThat(earlier.locator(".poll-card")).isHidden();
        assertThat(earlier).containsText("Mogen leraren contact hebben met leerlingen via sociale media?");
        assertThat(box(earlier).height).as("one line").isLessThan(60);
        var column = box(console.locator("#poll-panel"));
        for (var part : new Locator[] {earlier, earlier.locator(".earlier-poll-summary")}) {
            assertThat(box(part).x + box(part).width).as("the line stays in the poll's column")
                    .isLessThanOrEqualTo(column.x + column.width + 1);
        }

        // the proposals are on the first screen, and not below the polls' history
        var proposal = console.locator("#proposals .proposal").first();
        assertThat(proposal).containsText(PROPOSAL);
        assertThat(box(proposal).y).as("proposal top").isGreaterThanOrEqualTo(0);
        assertThat(box(proposal).y + box(proposal).height).as("proposal bottom").isLessThanOrEqualTo(HEIGHT);
        assertThat(box(console.locator("#proposals-section")).y).as("proposals start above the earlier polls")
                .isLessThan(box(earlier).y);

        // a follow-up action of 269 characters shows whole: its field is wide and grows with the text
        console.getByText("Actiepunt toevoegen").click();
        var action = console.locator(".follow-up-action textarea").first();
        action.fill(ACTION);
        assertThat(action).hasValue(ACTION);
        console.waitForFunction("el => el.scrollHeight <= el.clientHeight + 1", action.elementHandle(),
                new Page.WaitForFunctionOptions().setTimeout(3000));
        var whole = (Boolean) action.evaluate(
                "el => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1");
        assertThat(whole).as("the whole action is shown, nothing cut off or scrolled away").isTrue();
        console.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "console-1366x768-whole-page.png")));
        assertThat(box(action).width).as("the action field takes the row").isGreaterThan(box(
                console.locator(".follow-up-row vaadin-text-field").first()).width);
    }

    /** The meeting's poll now, as the teacher's phone reads it. */
    private long currentPollId(long meetingId) {
        SignIn.as(users, "docent@school.example");
        return java.util.Objects.requireNonNull(meetings.live(meetingId).poll()).id();
    }

    private static BoundingBox box(Locator element) {
        var box = element.boundingBox();
        assertThat(box).as("on the page: " + element).isNotNull();
        return box;
    }
}
