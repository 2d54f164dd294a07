package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.codewijzer.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A board runs two app servers on one PostgreSQL database, started at the same moment on the empty
 * database, and the load balancer keeps each browser on one of them. The coördinator's console and
 * the projector are on server B, a teacher's phone on server A: the phone joining, its vote, the facilitator's poll and next question all cross between
 * the servers by push (PostgreSQL LISTEN/NOTIFY), as they do on one server. Then server A is killed:
 * the teacher logs in again, lands on B and finds the vote A had confirmed.
 */
class TwoServersTeamDayIT extends BrowserTest {

    private static final String Q1 = "Mogen leraren contact hebben met leerlingen via sociale media?";

    @RegisterExtension
    final ProductionJars jars = ProductionJars.onPostgres();

    @TempDir
    Path serverAFolder;
    @TempDir
    Path serverBFolder;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void a_phone_on_one_server_and_the_projector_on_the_other_follow_each_other() {
        // both servers start at the same moment on the empty database: one creates the demo school, the other
        // waits for it and finds it there (decision 0048)
        var servers = jars.startAtOnce(serverAFolder, "server-a.log", serverBFolder, "server-b.log");
        var serverA = servers.get(0);
        var serverB = servers.get(1);
        org.assertj.core.api.Assertions.assertThat(servers).as("one server creates the demo school, the other finds it")
                .filteredOn(server -> server.logText().contains("Created the demo school")).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(servers)
                .filteredOn(server -> server.logText().contains("the demo school is left out")).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(new JdbcTemplate(new DriverManagerDataSource(jars.postgresUrl(),
                PostgresServer.USER, PostgresServer.PASSWORD)).queryForObject("select count(*) from person", Integer.class))
                .as("the demo school's 28 people, once").isEqualTo(28);

        var console = open(serverB.baseUrl());
        Login.at(console, "/teamdag", "coordinator@school.example", Login.DEMO_PASSWORD);
        console.getByRole(AriaRole.BUTTON, named("Regietafel openen")).first().click();
        console.waitForURL(Pattern.compile(".*/teamdag/\\d+/regie$"));
        var meetingPath = console.url().substring(serverB.baseUrl().length()).replace("/regie", "");
        console.locator("#meeting-start").click();
        assertThat(console.locator("#console-question")).hasText(Q1);
        var code = console.locator("#join-code").textContent().replace("Code:", "").strip();

        // the beamer is a second window of the coördinator's browser, signed in with the console
        var projector = console.context().newPage();
        projector.setViewportSize(1600, 900);
        projector.navigate(meetingPath + "/beamer");
        assertThat(projector.locator("#projector-question")).hasText(Q1);
        assertThat(projector.locator("#projector-joined")).hasText("Nog niemand doet mee");

        // the teacher's phone is on server A: joining shows on B's projector
        var phone = open(serverA.baseUrl(), 360, 740);
        Login.at(phone, "/doemee/" + code, "docent@school.example", Login.DEMO_PASSWORD);
        assertThat(phone.locator("#phone-question")).hasText(Q1);
        assertThat(projector.locator("#projector-joined")).hasText("1 deelnemer");

        // the facilitator opens the poll on B: the phone on A shows it
        console.locator("#poll-open").click();
        assertThat(phone.locator("#vote-option-0")).isVisible();

        // the vote on A: B's projector and console count it
        phone.locator("#vote-option-1").click();
        assertThat(phone.locator("#my-vote")).hasText("Uw stem: B. U kunt wijzigen tot de stemming sluit.");
        assertThat(projector.locator("#projector-poll-status")).containsText("1 stem");
        assertThat(console.locator("#current-poll")).containsText("1 stem");

        // the next question on B moves the phone on A
        console.locator("#flow-next").click();
        assertThat(console.locator("#console-question")).not().hasText(Q1);
        var secondQuestion = console.locator("#console-question").textContent();
        assertThat(phone.locator("#phone-question")).hasText(secondQuestion);
        assertThat(projector.locator("#projector-question")).hasText(secondQuestion);

        // the second question's poll: the phone on A votes, then server A dies (kill -9)
        console.locator("#poll-open").click();
        assertThat(phone.locator("#vote-option-0")).isVisible();
        phone.locator("#vote-option-0").click();
        assertThat(phone.locator("#my-vote")).hasText("Uw stem: A. U kunt wijzigen tot de stemming sluit.");
        assertThat(projector.locator("#projector-poll-status")).containsText("1 stem");
        serverA.kill();

        // the teacher logs in again, lands on B, and finds the vote A had confirmed
        var phoneOnB = open(serverB.baseUrl(), 360, 740);
        Login.at(phoneOnB, "/doemee/" + code, "docent@school.example", Login.DEMO_PASSWORD);
        assertThat(phoneOnB.locator("#phone-question")).hasText(secondQuestion);
        assertThat(phoneOnB.locator("#my-vote")).hasText("Uw stem: A. U kunt wijzigen tot de stemming sluit.");
        assertThat(console.locator("#current-poll")).containsText("1 stem");
    }
}
