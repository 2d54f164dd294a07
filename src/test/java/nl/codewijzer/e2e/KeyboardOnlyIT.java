package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;
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
 * Issue 16: login, the sign flow and voting on a phone by keyboard alone. After opening an address,
 * the test only presses keys ({@code keyboard.press}): Tab to move, Space to tick and to press, Enter
 * to submit and to vote. On every stop the focus must be visible (Vaadin's focus ring or the
 * browser's {@code :focus-visible}), and the fields come in the order a person reads them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-keyboard-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=true",
        "codewijzer.archive.dir=target/e2e-archive/${random.uuid}"})
class KeyboardOnlyIT extends BrowserTest {

    private static final int MAX_TABS = 40;

    /** The focused element through shadow roots: its own id or the nearest one around it, and whether focus shows. */
    private static final String FOCUS = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el || el === document.body) return {id: '', visible: false, name: '', tag: ''};
              let node = el, visible = el.matches(':focus-visible'), ids = [];
              while (node) {
                if (node.hasAttribute && node.hasAttribute('focus-ring')) visible = true;
                if (node.id) ids.push(node.id);
                node = node.parentElement || (node.getRootNode() && node.getRootNode().host);
              }
              return {id: ids.join(' '), visible: visible, name: el.getAttribute('name') || '', tag: el.localName};
            }""";

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

    @Test
    void a_new_colleague_logs_in_and_signs_by_keyboard_alone() {
        var page = open(base());
        logInByKeyboard(page, "nieuw@school.example");

        page.navigate("/ondertekenen");
        assertThat(page.locator("#sign-button")).isVisible();
        var stops = new ArrayList<String>();
        tabTo(page, "sign-confirm", stops);
        page.keyboard().press("Space");
        assertThat(page.locator("#sign-confirm")).hasAttribute("checked", "");
        assertThat(tabTo(page, "sign-name", stops)).as("one Tab from the tick box to the name").isEqualTo(1);
        type(page, "Noor Visser");
        assertThat(tabTo(page, "sign-button", stops)).as("one Tab from the name to the button").isEqualTo(1);
        page.keyboard().press("Enter");

        assertThat(page.locator("#receipt-statement")).containsText("Noor Visser heeft versie ");
    }

    @Test
    void a_teacher_votes_on_a_phone_by_keyboard_alone_and_can_change_the_vote() {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Toetsenbord " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = planning.create(code.summary().codeId(), "Teamdag", LocalDate.now(SchoolTime.ZONE));
        meetingFlow.start(meeting.id());
        polls.open(meeting.id(), PollKind.MEERKEUZE, "Via welk kanaal?", List.of("Schoolapp", "Schoolmail"), true);
        SecurityContextHolder.clearContext();

        var phone = open(base(), 360, 740);
        logInByKeyboard(phone, "docent@school.example");
        phone.navigate("/doemee/" + meeting.joinCode());
        assertThat(phone.locator("#vote-option-0")).isVisible();

        var stops = new ArrayList<String>();
        tabTo(phone, "vote-option-0", stops);
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#my-vote")).hasText("Uw stem: A. U kunt wijzigen tot de stemming sluit.");
        assertThat(focus(phone).id()).as("the keyboard stays on the answer just chosen").startsWith("vote-option-0");

        tabTo(phone, "vote-option-1", stops);
        phone.keyboard().press("Space");
        assertThat(phone.locator("#my-vote")).hasText("Uw stem: B. U kunt wijzigen tot de stemming sluit.");
        assertThat(phone.locator("#vote-option-1")).hasAttribute("aria-pressed", "true");
    }

    /** From the top of the login page: Tab to the e-mail field, type, Tab to the password, type, Enter. */
    private void logInByKeyboard(Page page, String email) {
        page.navigate("/login");
        assertThat(page.locator("input[name=username]")).isVisible();
        var stops = new ArrayList<String>();
        tabUntil(page, state -> state.name().equals("username"), "the e-mail field", stops);
        type(page, email);
        page.keyboard().press("Tab");
        var password = focus(page);
        assertThat(password.name()).as("Tab from the e-mail field goes to the password").isEqualTo("password");
        assertThat(password.visible()).as("the password field shows its focus").isTrue();
        type(page, Login.DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login") || url.contains("error"));
        assertThat(page.url()).as("signed in by keyboard").doesNotContain("/login");
    }

    private record Focus(String id, boolean visible, String name, String tag) {
    }

    @SuppressWarnings("unchecked")
    private static Focus focus(Page page) {
        var state = (java.util.Map<String, Object>) page.evaluate(FOCUS);
        return new Focus(String.valueOf(state.get("id")), Boolean.TRUE.equals(state.get("visible")),
                String.valueOf(state.get("name")), String.valueOf(state.get("tag")));
    }

    private static int tabTo(Page page, String id, List<String> stops) {
        return tabUntil(page, state -> List.of(state.id().split(" ")).contains(id), "#" + id, stops);
    }

    /** Presses Tab until the wanted element has focus; every stop on the way must show its focus. Returns the presses. */
    private static int tabUntil(Page page, java.util.function.Predicate<Focus> wanted, String what, List<String> stops) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            var state = focus(page);
            stops.add(state.id().split(" ")[0]);
            if (!state.tag().isEmpty()) {
                assertThat(state.visible()).as("focus visible on " + state.tag() + " in #" + state.id() + " " + state.name())
                        .isTrue();
            }
            if (wanted.test(state)) {
                return i + 1;
            }
        }
        return fail(what + " not reached within " + MAX_TABS + " presses of Tab; stops: " + stops);
    }

    /** Types text one key press at a time. */
    private static void type(Page page, String text) {
        text.codePoints().forEach(c -> page.keyboard().press(c == ' ' ? "Space" : Character.toString(c)));
    }
}
