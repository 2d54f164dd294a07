package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.MovableClock;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.notification.InboxEntry;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders that go out by themselves and the Monday digest, as the people concerned notice
 * them: in their inbox, by mail (GreenMail) and on the audit trail, on the days the school's
 * schedule says, never at night or at the weekend, and at most once a day. Its own Spring context:
 * a mail server and a clock the test moves (the school's calendar of January 2026).
 */
@SpringBootTest(properties = "codewijzer.mail.retry-delay=PT1H")
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AutomaticRemindersTest {

    private static final int PORT = freePort();
    private static final GreenMail MAIL_SERVER = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    /** Wednesday 7 January 2026, 10:00 school time: the day of the adoption. */
    private static final MovableClock CLOCK = new MovableClock(at(2026, 1, 7, 10, 0));
    private static final String IRIS = "iris.hendriks@school.example";

    @TestConfiguration
    static class TheSchoolCalendar {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    @BeforeAll
    static void startMailServer() {
        MAIL_SERVER.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL_SERVER.stop();
    }

    @Autowired
    AutomaticReminders automatic;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;

    @Test
    void a_campaign_reminds_on_the_schools_schedule_by_itself_and_the_leaders_get_a_monday_digest() throws Exception {
        CLOCK.set(at(2026, 1, 7, 10, 0));
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Herinneringstest");
        var subject = "Herinnering: onderteken " + version.codeTitle() + ", versie 1";

        // Tuesday 13th: no step of the schedule (due Wednesday 21st; the first reminder comes a week before)
        CLOCK.set(at(2026, 1, 13, 8, 30));
        assertThat(remindDue()).doesNotContain("Iris Hendriks");
        // Wednesday 14th, 07:00: the step has come, but not in the night
        CLOCK.set(at(2026, 1, 14, 7, 0));
        assertThat(remindDue()).isEmpty();
        assertThat(inboxOf(IRIS)).noneMatch(entry -> entry.subject().equals(subject));

        CLOCK.set(at(2026, 1, 14, 8, 30));
        assertThat(remindDue()).contains("Iris Hendriks");
        CLOCK.set(at(2026, 1, 14, 11, 0));
        assertThat(remindDue()).as("a second run that day").doesNotContain("Iris Hendriks");

        assertThat(inboxOf(IRIS)).filteredOn(entry -> entry.subject().equals(subject)).singleElement()
                .satisfies(entry -> assertThat(entry.body()).contains("nog niet ondertekend", "Graag uiterlijk 21 januari 2026"));
        var reminderMail = awaitMail(IRIS, subject);
        assertThat(reminderMail.getContent().toString()).contains("Iris Hendriks", "Graag uiterlijk 21 januari 2026",
                "/ondertekenen");
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("signature.reminder-sent", null, null, null), 0, 500))
                .filteredOn(entry -> "Iris Hendriks".equals(entry.subjectName())
                        && entry.details().contains("version=" + version.id() + ";"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.details()).contains("schedule=automatic", "sentOn=2026-01-14");
                    assertThat(entry.actorId()).isNull();
                });
        SignIn.as(users, "coordinator@school.example");
        assertThat(campaigns.overview(version.id()).outstanding()).filteredOn(line -> line.name().equals("Iris Hendriks"))
                .singleElement().satisfies(line -> {
                    assertThat(line.lastReminded()).isEqualTo(LocalDate.of(2026, 1, 14));
                    assertThat(line.reminders()).isEqualTo(1);
                });

        // Saturday 24th, after the due date: nothing at the weekend
        CLOCK.set(at(2026, 1, 24, 10, 0));
        assertThat(remindDue()).isEmpty();

        // Monday 26th: the digest, once, in the app and by mail to the coördinator and the schoolleiding
        CLOCK.set(at(2026, 1, 26, 8, 0));
        assertThat(SystemActor.runAs(automatic::sendWeeklyDigest)).isGreaterThanOrEqualTo(2);
        assertThat(SystemActor.runAs(automatic::sendWeeklyDigest)).as("a second digest that week").isZero();
        var digestSubject = "Weekoverzicht ondertekening, week van 26 januari 2026";
        assertThat(inboxOf("coordinator@school.example")).filteredOn(entry -> entry.subject().startsWith(digestSubject))
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains(
                        version.codeTitle() + ", versie 1: 0 van ", "ondertekend (0%)", "te laat",
                        "Iris Hendriks (5 dagen)"));
        var digestMail = awaitMail("directeur@school.example", digestSubject);
        assertThat(digestMail.getContent().toString()).contains(version.codeTitle(), "Iris Hendriks (5 dagen)");
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("signature.digest-sent", null, null, null), 0, 10))
                .singleElement().satisfies(entry -> assertThat(entry.objectId()).isEqualTo("2026-01-26"));
    }

    @Test
    void a_person_cannot_start_the_automatic_reminders_or_the_digest() {
        SignIn.as(users, "coordinator@school.example");

        assertThatThrownBy(() -> automatic.remindDue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> automatic.sendWeeklyDigest()).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> remindDue() {
        return SystemActor.runAs(automatic::remindDue);
    }

    private List<InboxEntry> inboxOf(String email) {
        SignIn.as(users, email);
        return notifications.inbox();
    }

    private static MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
        var deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(message -> {
                try {
                    return message.getAllRecipients()[0].toString().equals(recipient)
                            && message.getSubject().startsWith(subjectStart);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + recipient + " starting '" + subjectStart + "'");
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return MovableClock.at(year, month, day, hour, minute);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
