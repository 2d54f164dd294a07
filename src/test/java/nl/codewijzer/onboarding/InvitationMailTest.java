package nl.codewijzer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * With a mail server configured, the new colleague receives the invitation by mail, with the very
 * link the beheerder is shown. Its own Spring context, because it configures {@code spring.mail.*}.
 */
@SpringBootTest(properties = {"codewijzer.mail.retry-delay=PT1H", "codewijzer.base-url=https://codewijzer.de-linde.example/"})
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class InvitationMailTest {

    private static final int PORT = freePort();

    @Autowired
    StaffService staff;

    @Autowired
    Invitations invitations;

    @Autowired
    UserDetailsService users;

    private final GreenMail mailServer = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

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

    @BeforeEach
    void startMailServer() {
        mailServer.start();
    }

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void the_new_colleague_receives_the_invitation_link_by_mail() throws Exception {
        SignIn.as(users, "beheerder@school.example");

        staff.create(new PersonForm("Milan de Graaf", "milan.degraaf@school.example", Set.of(Role.MEDEWERKER), null,
                LocalDate.now(SchoolTime.ZONE).plusDays(14), null), null);
        var link = invitations.takeFreshLinks().getFirst();

        assertThat(link.mailed()).isTrue();
        assertThat(link.url()).startsWith("https://codewijzer.de-linde.example/uitnodiging/");
        // When a version is already adopted, the new colleague is also asked to sign; that mail may
        // arrive first, so look for the invitation among everything Milan received.
        var mail = invitationTo("milan.degraaf@school.example");
        var body = mail.getContent().toString();
        assertThat(body).contains("Milan de Graaf", "kies een wachtwoord", link.url(), "De link werkt één keer");
    }

    private MimeMessage invitationTo(String address) throws Exception {
        var subject = "Welkom bij De Linde (demo): kies uw wachtwoord voor Codewijzer";
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            for (var message : mailServer.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address) && subject.equals(message.getSubject())) {
                    return message;
                }
            }
            mailServer.waitForIncomingEmail(500, mailServer.getReceivedMessages().length + 1);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No invitation mail to " + address + " within 10 s; received: "
                + Arrays.stream(mailServer.getReceivedMessages()).map(InvitationMailTest::describe).toList());
    }

    private static String describe(MimeMessage message) {
        try {
            return message.getAllRecipients()[0] + ": " + message.getSubject();
        } catch (MessagingException e) {
            return e.getMessage();
        }
    }
}
