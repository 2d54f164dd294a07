package nl.codewijzer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.notification.internal.MailDelivery;
import nl.codewijzer.school.VotingGeleding;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * With a mail server configured, mail goes out through real SMTP (GreenMail in this JVM) after the
 * action commits; with the server down the action still succeeds and the mail arrives on a retry.
 * Its own Spring context, because it configures {@code spring.mail.*}.
 */
@SpringBootTest(properties = {"codewijzer.mail.retry-delay=PT1H", "codewijzer.mail.from=codewijzer@de-linde.example"})
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MailDeliveryTest {

    private static final int PORT = freePort();

    private record RoundHandle(long id, long versionId, String codeTitle) {
    }

    private @Nullable GreenMail greenMail;

    @Autowired
    ConsentRounds consent;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    MailDelivery delivery;

    @Autowired
    UserDetailsService users;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private GreenMail startMailServer() {
        var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        greenMail = server;
        return server;
    }

    @AfterEach
    void stopMailServer() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    private RoundHandle submitRound() {
        SignIn.as(users, "directeur@school.example");
        var concept = codeTexts.createCode("Mailtest " + System.nanoTime(), "gedragscode-sociale-media");
        var round = consent.submit(concept.id(), "Graag uw instemming.", LocalDate.now(SchoolTime.ZONE).plusDays(20),
                VotingGeleding.PERSONEEL);
        return new RoundHandle(round.id(), round.versionId(), round.codeTitle());
    }

    @Test
    void submitting_sends_each_voting_member_a_mail_through_smtp_after_the_commit() throws Exception {
        var server = startMailServer();

        var round = submitRound();

        assertThat(server.waitForIncomingEmail(10_000, 3)).isTrue();
        var messages = server.getReceivedMessages();
        assertThat(messages).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("mr.voorzitter@school.example", "mr.lid@school.example",
                        "karin.smit@school.example");
        assertThat(messages[0].getSubject()).isEqualTo("Ter instemming: " + round.codeTitle() + ", versie 1");
        assertThat(messages[0].getFrom()[0].toString()).isEqualTo("codewijzer@de-linde.example");
        assertThat(GreenMailUtil.getBody(messages[0])).contains("Graag uw instemming.", "/instemming/ronde/" + round.id());
    }

    @Test
    void with_the_mail_server_down_the_submission_still_succeeds_and_the_mail_arrives_on_a_retry() throws Exception {
        var round = submitRound(); // nothing listens on the port

        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.TER_INSTEMMING);
        SignIn.as(users, "beheerder@school.example");
        var notifications = waiting(round);
        assertThat(notifications).isEqualTo(3);

        var server = startMailServer();
        delivery.retryWaiting();

        assertThat(server.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(server.getReceivedMessages()).hasSize(3);
        assertThat(waiting(round)).isZero();
    }

    @Autowired
    Notifications notifications;

    private long waiting(RoundHandle round) {
        return notifications.outbox().stream().filter(mail -> mail.subject().contains(round.codeTitle()))
                .filter(mail -> mail.status() == MailStatus.WACHTEND).count();
    }
}
