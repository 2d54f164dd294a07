package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import nl.codewijzer.MovableClock;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The team day in three real browsers: the coördinator's console on a laptop, the projector (a
 * second window of the coördinator) and a teacher's phone at 360 × 740. The teacher opens the join
 * address, logs in and comes back to the meeting, votes; the projector follows by push and shows the
 * bars when the facilitator presses R; the teacher's proposal becomes the decision, the facilitator
 * closes the meeting and makes the draft, and the comparison shows the decided text in the code.
 * Its own Spring context, so it starts from the demo school's planned team day and untouched draft.
 * The second journey (issue 15) runs after it, on a meeting of its own: two phones vote live on a scale
 * poll, a colleague who was not there votes on the asynchronous page the next day (the app's clock is
 * moved a day on), and console, projector and minutes show live and asynchronous apart. In this class
 * rather than its own to save a context start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-teamday-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamDayJourneyIT extends BrowserTest {

    private static final String Q1 = "Mogen leraren contact hebben met leerlingen via sociale media?";
    private static final String DECISION = "Medewerkers hebben alleen contact met leerlingen via de schoolapp en de "
            + "schoolmail, nooit via een privéaccount.";

    /** The app's clock: the real time, until the second journey moves it to the next day. */
    private static final MovableClock CLOCK = MovableClock.running();

    @TestConfiguration
    static class ClockThatCanMoveOn {
        @Bean
        @Primary
        Clock runningClock() {
            return CLOCK;
        }
    }

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

    private String base() {
        return "http://localhost:" + port;
    }

    /** Where an element ends, in CSS pixels from the top of the page. */
    private static double bottom(com.microsoft.playwright.Locator element) {
        var box = element.boundingBox();
        return box.y + box.height;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    @Order(1)
    void the_team_votes_from_phones_the_facilitator_decides_and_the_decision_lands_in_the_new_draft() {
        // the coördinator opens the demo school's planned team day and starts it
        var console = open(base());
        Login.as(console, "coordinator@school.example", Login.DEMO_PASSWORD);
        console.navigate("/teamdag");
        console.getByRole(AriaRole.BUTTON, named("Regietafel openen")).first().click();
        console.waitForURL(Pattern.compile(".*/teamdag/\\d+/regie$"));
        var meetingPath = console.url().substring(base().length()).replace("/regie", "");
        console.locator("#meeting-start").click();
        assertThat(console.locator("#console-question")).hasText(Q1);
        var code = console.locator("#join-code").textContent().replace("Code:", "").strip();

        // the projector, in a second window of the coördinator
        var projector = open(base(), 1600, 900);
        Login.as(projector, "coordinator@school.example", Login.DEMO_PASSWORD);
        projector.navigate(meetingPath + "/beamer");
        assertThat(projector.locator("#projector-question")).hasText(Q1);
        assertThat(projector.locator("#projector-code")).hasText(code);
        assertThat(projector.locator("#projector-qr svg")).isVisible();
        assertThat(projector.locator("#projector-joined")).hasText("Nog niemand doet mee");

        // a teacher opens the join address on a phone, logs in and is brought back to the meeting
        var phone = open(base(), 360, 740);
        phone.navigate("/doemee/" + code);
        phone.waitForURL(url -> url.contains("/login"));
        phone.locator("input[name=username]").fill("docent@school.example");
        phone.locator("input[name=password]").fill(Login.DEMO_PASSWORD);
        phone.getByRole(AriaRole.BUTTON, named("Inloggen")).click();
        // Spring Security brings the teacher back to the saved address, as it was scanned
        phone.waitForURL(url -> url.contains("/doemee/" + code));
        org.assertj.core.api.Assertions.assertThat(phone.url()).endsWith("/doemee/" + code);
        var icon = phone.request().get(base() + "/favicon.ico");
        org.assertj.core.api.Assertions.assertThat(icon.status()).as("/favicon.ico").isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(icon.headers().get("content-type")).contains("icon");
        assertThat(phone.locator("#phone-question")).hasText(Q1);
        assertThat(projector.locator("#projector-joined")).hasText("1 deelnemer");

        // the facilitator opens the poll of the question's answer options; the phone shows it at once
        console.locator("#poll-open").click();
        assertThat(phone.locator("#vote-option-0")).isVisible();
        var phoneWidth = (Number) phone.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(phoneWidth.intValue()).as("nothing sticks out at 360 px")
                .isLessThanOrEqualTo(360);
        // the poll comes first: every answer and the vote's confirmation within the first screen, no scrolling
        var answers = phone.locator(".vote-option");
        org.assertj.core.api.Assertions.assertThat(answers.count()).isEqualTo(4);
        for (int i = 0; i < answers.count(); i++) {
            org.assertj.core.api.Assertions.assertThat(bottom(answers.nth(i))).as("bottom of answer %d", i)
                    .isLessThanOrEqualTo(740);
        }
        phone.locator("#vote-option-0").click();
        assertThat(phone.locator("#my-vote")).hasText("Uw stem: A. U kunt wijzigen tot de stemming sluit.");
        phone.locator("#vote-option-1").click();
        assertThat(phone.locator("#my-vote")).hasText("Uw stem: B. U kunt wijzigen tot de stemming sluit.");
        assertThat(phone.locator("#vote-option-1")).containsText("✓ Uw stem");
        org.assertj.core.api.Assertions.assertThat(bottom(phone.locator("#my-vote"))).as("bottom of the confirmation")
                .isLessThanOrEqualTo(740);
        org.assertj.core.api.Assertions.assertThat(((Number) phone.evaluate("window.scrollY")).intValue())
                .as("the phone did not scroll").isZero();
        assertThat(projector.locator("#projector-poll-status")).containsText("1 stem");
        assertThat(projector.locator("#projector-results")).hasCount(0);
        assertThat(console.locator("#current-poll")).containsText("1 stem");

        // R on the projector reveals: the bars are drawn, the second answer has the one vote
        projector.locator("#projector-stage").click();
        projector.keyboard().press("r");
        assertThat(projector.locator("#projector-results")).containsText("1 · 100%");
        assertThat(projector.locator("#projector-results text.count").nth(1)).hasText("1 · 100%");

        // the teacher proposes a rule; the facilitator takes it as the decision and records it
        phone.getByLabel("Uw voorstel voor een afspraak").fill(DECISION);
        phone.getByRole(AriaRole.BUTTON, named("Voorstel sturen")).click();
        assertThat(console.locator("#proposals")).containsText(DECISION);
        console.locator("#proposals").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Als besluittekst")).first().click();
        console.getByLabel("Uitzonderingen").fill("behalve tijdens schoolreizen");
        console.locator("#decision-save").click();
        assertThat(console.getByText("Het besluit is vastgelegd.")).isVisible();
        assertThat(console.locator("#agenda")).containsText("Besloten");

        // closing the meeting: the phone and the projector say so
        console.locator("#meeting-close").click();
        console.locator("#confirm-close").click();
        assertThat(console.locator("#meeting-status")).hasText("Afgesloten");
        assertThat(phone.locator("#phone-status")).containsText("afgesloten");
        assertThat(projector.locator("#projector-stage")).containsText("De bijeenkomst is afgesloten");

        // the decisions become the next draft, opened as a comparison with the draft it continues
        console.locator("#make-draft").click();
        // question 1 of the demo code holds an agreement already: the facilitator sees it and chooses
        var choose = console.getByRole(AriaRole.DIALOG, named("Concept maken: wat er al staat"));
        assertThat(choose).containsText("Nu in de gedragscode:");
        assertThat(choose).containsText("Digitaal contact met leerlingen loopt alleen via");
        choose.getByText("Vervangt de huidige tekst").click();
        choose.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Concept maken"))
                .click();
        console.waitForURL(Pattern.compile(".*/gedragscode/vergelijk\\?.*"));
        assertThat(console.locator("#compare")).containsText(DECISION);
        assertThat(console.locator("#compare")).containsText("behalve tijdens schoolreizen");
        assertThat(console.locator("#undecided-items")).containsText("2. Mag dat alleen als het contact openbaar is");

        // the demo meeting was planned two weeks ahead and held today: the minutes and their PDF say today
        var today = SchoolTime.today(CLOCK);
        console.navigate(meetingPath + "/verslag");
        assertThat(console.locator("#minutes .facts")).containsText("Datum" + java.time.format
                .DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag("nl")).format(today));
        var download = console.waitForDownload(() -> console.locator("#minutes-pdf").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("verslag-teamdag-" + today + ".pdf");
    }

    @Test
    @Order(2)
    void two_phones_vote_live_on_a_scale_poll_a_colleague_votes_asynchronously_and_the_minutes_show_the_split() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Asynchroon " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag deeltijders", SchoolTime.today(CLOCK));
        meetingFlow.start(meeting.id());
        var meetingPath = "/teamdag/" + meeting.id();
        polls.open(meeting.id(), PollKind.SCHAAL, "Appen na 20.00 uur hoort er niet bij.", List.of(), true);
        SecurityContextHolder.clearContext();

        // the facilitator opens the asynchronous period on the console while the anonymous poll is still open
        var console = open(base());
        Login.as(console, "coordinator@school.example", Login.DEMO_PASSWORD);
        console.navigate(meetingPath + "/regie");
        assertThat(console.locator("#async-warning")).containsText("vóórdat de anonieme stemmingen sluiten");
        console.locator("#async-open").click();
        assertThat(console.locator("#async-status")).containsText("Asynchroon meedoen staat open van");

        // two teachers vote live from their phones
        for (var teacher : List.of("docent@school.example", "mr.lid@school.example")) {
            var phone = open(base(), 360, 740);
            Login.as(phone, teacher, Login.DEMO_PASSWORD);
            phone.navigate("/doemee/" + meeting.joinCode());
            phone.locator("#vote-option-4").click();
            assertThat(phone.locator("#my-vote")).containsText("5 · helemaal eens");
        }
        assertThat(console.locator("#current-poll")).containsText("2 stemmen");
        console.locator("#poll-reveal").click();
        assertThat(console.locator("#current-poll")).containsText("uitslag getoond");
        console.locator("#poll-close").click();
        assertThat(console.locator("#current-poll")).containsText("Stemming gesloten");

        // the next day, a part-timer who was not there votes on the asynchronous page, on a 360 px phone
        CLOCK.moveOn(Duration.ofDays(1));
        console.reload();
        assertThat(console.locator("#async-status")).containsText("Asynchroon meedoen staat open van");
        var absent = open(base(), 360, 740);
        Login.as(absent, "nieuw@school.example", Login.DEMO_PASSWORD);
        absent.navigate(meetingPath + "/asynchroon");
        assertThat(absent.locator("#async-question")).hasText("Appen na 20.00 uur hoort er niet bij.");
        absent.locator("#vote-option-1").click();
        assertThat(absent.locator("#vote-option-1")).containsText("✓ Gekozen");
        var send = absent.locator("#async-send");
        org.assertj.core.api.Assertions.assertThat(send.boundingBox().height).as("a button for a thumb")
                .isGreaterThanOrEqualTo(44);
        org.assertj.core.api.Assertions.assertThat(((Number) absent.evaluate("document.documentElement.scrollWidth"))
                .intValue()).as("nothing sticks out at 360 px").isLessThanOrEqualTo(360);
        send.click();
        assertThat(absent.locator("#async-sent")).hasText("Uw stem is ontvangen: 2 · oneens.");
        assertThat(absent.locator("#async-vote-status")).containsText("Er is niets meer om over te stemmen");

        // the console follows by push; the projector and the minutes show live and asynchronous apart
        assertThat(console.locator("#poll-split")).containsText("Asynchroon (1 stem): 2 · oneens: 1");
        assertThat(console.locator("#poll-split")).containsText("Live (2 stemmen): 5 · helemaal eens: 2");
        console.navigate(meetingPath + "/beamer");
        assertThat(console.locator("#projector-split")).containsText("Asynchroon (1 stem): 2 · oneens: 1");
        assertThat(console.locator("#projector-results")).containsText("2 · 67%");
        console.navigate(meetingPath + "/verslag");
        assertThat(console.locator("#minutes-participation")).hasText("Live deelgenomen: 2 · Asynchroon deelgenomen: 1");
        assertThat(console.locator(".minutes-split caption")).hasText("Live: 2 stemmen · Asynchroon: 1 stem");
    }
}
