package nl.codewijzer.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.notification.MailStatus;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.notification.OutboxEntry;
import nl.codewijzer.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16: under "Uitgaande e-mail" the beheerder sees recipient, subject, status and time of every
 * mail, but the body only of mails about what the beheerder may read anyway. A draft under MR consent
 * is not one of those.
 */
@CodewijzerTest
class OutboxPrivacyTest extends SpringBrowserlessTest {

    private static final String TOELICHTING = "Vertrouwelijke toelichting bij het concept";

    @Autowired
    Notifications notifications;

    @Autowired
    ConsentSubmission consent;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Test
    void the_beheerder_sees_who_was_mailed_about_a_draft_under_consent_but_not_what() {
        SignIn.as(users, "directeur@school.example");
        var title = "Privacytest " + System.nanoTime();
        var concept = codeTexts.createCode(title, "gedragscode-sociale-media");
        consent.submit(concept.id(), TOELICHTING, LocalDate.now(SchoolTime.ZONE).plusDays(20), VotingGeleding.PERSONEEL);

        SignIn.as(users, "beheerder@school.example");
        var mails = aboutCode(title);
        assertThat(mails).isNotEmpty().allSatisfy(mail -> {
            assertThat(mail.recipient()).contains("@");
            assertThat(mail.subject()).contains(title);
            assertThat(mail.status()).isEqualTo(MailStatus.BEWAARD);
            assertThat(mail.createdAt()).isNotNull();
            assertThat(mail.bodyWithheld()).isTrue();
            assertThat(mail.body()).isNull();
        });

        var outbox = navigate(OutboxView.class);
        var shown = outbox.grid.getListDataView().getItems().filter(mail -> mail.subject().contains(title)).toList();
        assertThat(shown).hasSameSizeAs(mails);
        var details = outbox.details(shown.getFirst()).getElement().getTextRecursively();
        assertThat(details).startsWith("De inhoud van deze e-mail is niet zichtbaar voor u").doesNotContain(TOELICHTING);
    }

    @Test
    void the_beheerder_reads_the_body_of_a_mail_whose_sender_lets_the_beheerder_read_it_and_of_mails_to_themself() {
        var docent = SignIn.as(users, "docent@school.example");
        var open = "Leesbaar " + System.nanoTime();
        var closed = "Alleen voor de docent " + System.nanoTime();
        notifications.notify(docent.personId(), open, "Dit mag de beheerder lezen.", null, Set.of(Role.BEHEERDER));
        notifications.notify(docent.personId(), closed, "Dit niet.", null);
        var beheerder = SignIn.as(users, "beheerder@school.example");
        var own = "Voor de beheerder zelf " + System.nanoTime();
        notifications.notify(beheerder.personId(), own, "Mijn eigen mail.", null);

        var outbox = navigate(OutboxView.class);

        var items = outbox.grid.getListDataView().getItems().toList();
        assertThat(items).filteredOn(mail -> mail.subject().equals(open)).singleElement()
                .satisfies(mail -> assertThat(outbox.details(mail).getElement().getTextRecursively())
                        .contains("Dit mag de beheerder lezen."));
        assertThat(items).filteredOn(mail -> mail.subject().equals(own)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Mijn eigen mail."));
        assertThat(items).filteredOn(mail -> mail.subject().equals(closed)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.recipient()).isEqualTo("docent@school.example");
                    assertThat(outbox.details(mail).getElement().getTextRecursively())
                            .contains("niet zichtbaar voor u").doesNotContain("Dit niet.");
                });
    }

    private java.util.List<OutboxEntry> aboutCode(String title) {
        return notifications.outbox().stream().filter(mail -> mail.subject().contains(title)).toList();
    }
}
