package nl.codewijzer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Without a mail server (the shipped default) a notification lands in the inbox and its mail in the outbox. */
@CodewijzerTest
class OutboxWithoutSmtpTest {

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Test
    void a_notification_reaches_the_inbox_with_an_unread_count_and_its_mail_is_kept_for_the_beheerder() {
        var docent = SignIn.as(users, "docent@school.example");
        long before = notifications.unreadCount();
        var subject = "Testmelding " + System.nanoTime();

        notifications.notify(docent.personId(), subject, "Er staat iets klaar.", "gedragscode",
                java.util.Set.of(nl.codewijzer.security.Role.BEHEERDER));

        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
        var entry = notifications.inbox().getFirst();
        assertThat(entry.subject()).isEqualTo(subject);
        assertThat(entry.read()).isFalse();
        notifications.markRead(entry.id());
        assertThat(notifications.unreadCount()).isEqualTo(before);
        assertThat(notifications.mailConfigured()).isFalse();
        assertThatThrownBy(() -> notifications.outbox()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "beheerder@school.example");
        assertThat(notifications.outbox()).filteredOn(mail -> mail.subject().equals(subject)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.recipient()).isEqualTo("docent@school.example");
                    assertThat(mail.status()).isEqualTo(MailStatus.BEWAARD);
                    assertThat(mail.body()).contains("Er staat iets klaar.", "/gedragscode");
                });
    }

    @Test
    void someone_else_cannot_mark_my_notification_read() {
        var docent = SignIn.as(users, "docent@school.example");
        notifications.notify(docent.personId(), "Alleen voor de docent " + System.nanoTime(), "Tekst", null);
        var entry = notifications.inbox().getFirst();

        SignIn.as(users, "coordinator@school.example");
        notifications.markRead(entry.id());

        SignIn.as(users, "docent@school.example");
        assertThat(notifications.inbox().getFirst().read()).isFalse();
    }
}
