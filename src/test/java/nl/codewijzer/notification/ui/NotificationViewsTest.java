package nl.codewijzer.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.notification.MailStatus;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The inbox with the unread badge in the shell, and the beheerder's outbox. */
@CodewijzerTest
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("docent@school.example")
    void the_shell_shows_the_unread_count_and_opening_a_notification_marks_it_read_and_follows_its_link() {
        var me = (SignedInUser) users.loadUserByUsername("docent@school.example");
        var subject = "Nieuwe versie om te lezen " + System.nanoTime();
        notifications.notify(me.personId(), subject, "De gedragscode is vastgesteld.", "gedragscode");
        long unread = notifications.unreadCount();

        var inbox = navigate(InboxView.class);
        var badge = $(Anchor.class).id("unread-badge");
        assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("Ongelezen meldingen: " + unread);
        assertThat(badge.getElement().getTextRecursively()).contains(String.valueOf(unread));
        assertThat(inbox.list.getElement().getTextRecursively()).contains(subject, "De gedragscode is vastgesteld.",
                "ongelezen");

        test($(Button.class, inbox.list).withText("Openen").first()).click();

        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(test($(H1.class).first()).getText()).isEqualTo("Gedragscode");
    }

    @Test
    void the_beheerder_reads_the_mail_kept_in_the_outbox() {
        var docent = SignIn.as(users, "docent@school.example");
        var subject = "Uitbaktest " + System.nanoTime();
        notifications.notify(docent.personId(), subject, "Tekst", null);
        SignIn.as(users, "beheerder@school.example");

        var outbox = navigate(OutboxView.class);

        assertThat(outbox.grid.getListDataView().getItems()).filteredOn(mail -> mail.subject().equals(subject))
                .singleElement().satisfies(mail -> assertThat(mail.status()).isEqualTo(MailStatus.BEWAARD));
        assertThat(outbox.getElement().getTextRecursively()).contains("Er is geen mailserver ingesteld.");
    }
}
