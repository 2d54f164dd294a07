package nl.codewijzer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import nl.codewijzer.BackgroundWork;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.notification.internal.MailDelivery;
import nl.codewijzer.notification.internal.OutboxRepository;
import nl.codewijzer.notification.internal.OutgoingMail;
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
import org.springframework.transaction.support.TransactionTemplate;

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
    ConsentSubmission submission;

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
        var round = submission.submit(concept.id(), "Graag uw instemming.", LocalDate.now(SchoolTime.ZONE).plusDays(20),
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
        triedOnce(round);

        var server = startMailServer();
        delivery.retryWaiting();

        assertThat(server.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(server.getReceivedMessages()).hasSize(3);
        assertThat(waiting(round)).isZero();
    }

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void two_senders_at_once_send_each_of_five_waiting_mails_exactly_once() throws Exception {
        var subject = "Precies een keer " + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= 5; i++) {
                outbox.save(new OutgoingMail("collega" + i + "@school.example", subject, "Tekst " + i,
                        MailStatus.WACHTEND, Instant.now()));
            }
        });
        var server = startMailServer();

        var bothReady = new CyclicBarrier(2);
        try (var senders = Executors.newFixedThreadPool(2)) {
            var runs = new ArrayList<Future<?>>();
            for (int sender = 0; sender < 2; sender++) {
                runs.add(senders.submit(() -> {
                    bothReady.await();
                    delivery.sendWaiting();
                    return null;
                }));
            }
            for (var run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(server.waitForIncomingEmail(10_000, 5)).isTrue();
        var received = Arrays.stream(server.getReceivedMessages()).filter(message -> subjectOf(message).equals(subject))
                .map(message -> recipientOf(message)).toList();
        assertThat(received).containsExactlyInAnyOrder("collega1@school.example", "collega2@school.example",
                "collega3@school.example", "collega4@school.example", "collega5@school.example");
        SignIn.as(users, "beheerder@school.example");
        assertThat(notifications.outbox()).filteredOn(mail -> mail.subject().equals(subject)).hasSize(5)
                .allSatisfy(mail -> {
                    assertThat(mail.status()).isEqualTo(MailStatus.VERZONDEN);
                    assertThat(mail.attempts()).isEqualTo(1);
                });
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void with_a_mail_server_that_does_not_answer_the_submission_returns_at_once_and_the_mails_go_out_later()
            throws Exception {
        RoundHandle round;
        // accepts connections and never greets: each mail waits for the 2 s read timeout
        try (var silent = new ServerSocket(PORT, 50, InetAddress.getByName("127.0.0.1"))) {
            SignIn.as(users, "directeur@school.example");
            var concept = codeTexts.createCode("Stille server " + System.nanoTime(), "gedragscode-sociale-media");
            long started = System.nanoTime();
            var submitted = submission.submit(concept.id(), "Graag uw instemming.",
                    LocalDate.now(SchoolTime.ZONE).plusDays(20), VotingGeleding.PERSONEEL);
            var took = Duration.ofNanos(System.nanoTime() - started);
            // on the person's own thread, three mails would hold the screen for at least 3 x 2 s
            assertThat(took).as("time until the director's screen is free").isLessThan(Duration.ofSeconds(2));
            round = new RoundHandle(submitted.id(), submitted.versionId(), submitted.codeTitle());
            SignIn.as(users, "beheerder@school.example");
            triedOnce(round);
        }
        assertThat(waiting(round)).isEqualTo(3);

        var server = startMailServer();
        delivery.retryWaiting();

        assertThat(server.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(waiting(round)).isZero();
    }

    @Autowired
    DataSource dataSource;

    @Test
    void the_mail_retry_job_does_nothing_while_another_server_runs_it() throws Exception {
        var subject = "Andere server " + System.nanoTime();
        transaction.executeWithoutResult(status -> outbox.save(new OutgoingMail("collega@school.example", subject,
                "Tekst", MailStatus.WACHTEND, Instant.now())));
        var server = startMailServer();
        var otherServer = BackgroundWork.jobLocks(dataSource, "andere-server");
        var held = otherServer.lock(new LockConfiguration(Instant.now(), "mail-retry", Duration.ofMinutes(1),
                Duration.ZERO)).orElseThrow();

        delivery.retryWaiting();
        assertThat(server.waitForIncomingEmail(1_000, 1)).as("sent while the other server holds the job").isFalse();

        held.unlock();
        delivery.retryWaiting();
        assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo(subject);
    }

    /** Waits until the sender threads have tried each of the round's three mails once. */
    private void triedOnce(RoundHandle round) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (notifications.outbox().stream().filter(mail -> mail.subject().contains(round.codeTitle()))
                .filter(mail -> mail.attempts() >= 1).count() < 3) {
            assertThat(System.nanoTime()).as("the three mails tried within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private long waiting(RoundHandle round) {
        return notifications.outbox().stream().filter(mail -> mail.subject().contains(round.codeTitle()))
                .filter(mail -> mail.status() == MailStatus.WACHTEND).count();
    }
}
