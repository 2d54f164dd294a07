package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live views converge after a lost push (issue 19, item 7). The console (1366 × 768) and a phone lose
 * their connection while the meeting goes on: the browser goes offline ({@code context.setOffline})
 * and what the server pushes into their open WebSocket meanwhile is lost, as on a phone that drops
 * off the wifi while the server still writes into the half-open connection. (Chromium's offline mode
 * leaves open WebSockets alone, so each push WebSocket runs through a route that drops the frames.)
 * Another phone joins and votes, the projector moves to the next question; when the connection is
 * back, every view shows the meeting as it is within seconds (see {@link #CONVERGED_MS}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-push-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class PushConvergenceIT extends BrowserTest {

    private static final String Q2 =
            "Mag dat alleen als het contact openbaar is, en dus voor iedereen zichtbaar, of mag het ook één op één?";
    /**
     * Issue 19's target is 2 s on a quiet machine. Measured here with four helpers' builds running (load
     * 20 on two cores): console 2.2 s and 0.3 s, phone 4.3 s (Vaadin's own message-id resync). Without the
     * resync on reconnect the console stayed behind for 11 s. The bound leaves room for a busy CI machine
     * and still fails when a view never catches up; each run prints the figures.
     */
    private static final long CONVERGED_MS = 5_000;

    @LocalServerPort
    private int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void the_console_and_a_phone_that_lost_their_push_catch_up_with_the_joins_votes_and_next_question() {
        var console = open(base(), 1366, 768);
        var consoleLink = new PushLink(console);
        Login.as(console, "coordinator@school.example", Login.DEMO_PASSWORD);
        console.navigate("/teamdag");
        console.getByRole(AriaRole.BUTTON, named("Regietafel openen")).first().click();
        console.waitForURL(Pattern.compile(".*/teamdag/\\d+/regie$"));
        var meetingPath = console.url().substring(base().length()).replace("/regie", "");
        console.locator("#meeting-start").click();
        var code = console.locator("#join-code").textContent().replace("Code:", "").strip();

        var projector = open(base(), 1280, 720);
        Login.as(projector, "coordinator@school.example", Login.DEMO_PASSWORD);
        projector.navigate(meetingPath + "/beamer");

        var phone = open(base(), 360, 740);
        var phoneLink = new PushLink(phone);
        Login.as(phone, "docent@school.example", Login.DEMO_PASSWORD);
        phone.navigate("/doemee/" + code);
        assertThat(phone.locator("#phone-question")).isVisible();
        console.locator("#poll-open").click();
        assertThat(phone.locator("#vote-option-0")).isVisible();
        assertThat(console.locator("#console-joined")).hasText("1 deelnemer");

        // the console and the phone drop off; a colleague joins and votes meanwhile
        consoleLink.drop();
        phoneLink.drop();
        var other = open(base(), 360, 740);
        Login.as(other, "directeur@school.example", Login.DEMO_PASSWORD);
        other.navigate("/doemee/" + code);
        other.locator("#vote-option-1").click();
        assertThat(other.locator("#my-vote")).containsText("Uw stem: B");
        assertThat(projector.locator("#projector-joined")).hasText("2 deelnemers");
        assertThat(projector.locator("#projector-poll-status")).containsText("1 stem");
        // the console missed it
        assertThat(console.locator("#console-joined")).hasText("1 deelnemer");

        console.evaluate("() => { performance.setResourceTimingBufferSize(10000); performance.clearResourceTimings(); }");
        long back = System.nanoTime();
        consoleLink.restore();
        converges(console.locator("#console-joined"), "2 deelnemers", back);
        converges(console.locator("#current-poll"), "1 stem", back);
        report("console after joins and votes", back);
        // Vaadin sends the whole screen again once it sees pushes were lost; the console used to redraw itself
        // for the same reason on top of that, and the laptop downloaded its screen two and a half times over
        // (0.8 MB with 150 present, team-day benchmark; decision 0045)
        @SuppressWarnings("unchecked")
        var answers = (List<Number>) console.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=uidl')).map(e => e.decodedBodySize)");
        long downloaded = answers.stream().mapToLong(Number::longValue).sum();
        long screen = answers.stream().mapToLong(Number::longValue).max().orElse(0);
        assertThat(downloaded).as("the console catches up by loading its screen once (answers %s)", answers)
                .isLessThanOrEqualTo(screen * 3 / 2);
        phoneLink.restore();

        // they drop off again; the facilitator moves on from the projector with →
        consoleLink.drop();
        phoneLink.drop();
        projector.locator("#projector-stage").click();
        projector.keyboard().press("ArrowRight");
        assertThat(projector.locator("#projector-question")).hasText(Q2);
        assertThat(other.locator("#phone-question")).hasText(Q2);

        back = System.nanoTime();
        consoleLink.restore();
        phoneLink.restore();
        converges(console.locator("#console-question"), Q2, back);
        report("console after the next question", back);
        converges(phone.locator("#phone-question"), Q2, back);
        report("phone after the next question", back);
    }

    /** The element shows the text within {@link #CONVERGED_MS} of the moment the connection was back. */
    private static void converges(Locator element, String text, long back) {
        long left = CONVERGED_MS - (System.nanoTime() - back) / 1_000_000;
        assertThat(element).containsText(text, new LocatorAssertions.ContainsTextOptions().setTimeout(Math.max(1, left)));
    }

    private static void report(String what, long since) {
        System.out.printf("PushConvergenceIT: %s converged %d ms after the connection was back%n", what,
                (System.nanoTime() - since) / 1_000_000);
    }
}
