package nl.codewijzer.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.onboarding.Invitations;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** The invitation page as a new colleague meets it, not signed in, on their first day. */
@CodewijzerTest
@Transactional
class InvitationViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "fietsen langs de Vecht";

    @Autowired
    StaffService staff;

    @Autowired
    Invitations invitations;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private String token = "";

    @BeforeEach
    void beheerderInvitesANewColleague() {
        SignIn.as(users, "beheerder@school.example");
        staff.create(new PersonForm("Sanne Łukaszewicz", "sanne@school.example", Set.of(Role.MEDEWERKER), null,
                LocalDate.now(SchoolTime.ZONE), null), null);
        var url = invitations.takeFreshLinks().getFirst().url();
        token = url.substring(url.lastIndexOf('/') + 1);
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void the_new_colleague_is_welcomed_by_name_chooses_a_password_and_goes_on_signed_in_to_sign_the_code() {
        var view = navigate(InvitationView.class, token);

        assertThat(view.heading.getText()).isEqualTo("Welkom, Sanne Łukaszewicz");
        assertThat(view.getElement().getText() + texts(view)).contains("sanne@school.example", "De Linde (demo)");
        test(view.chosen).setValue(PASSWORD);
        test(view.repeat).setValue(PASSWORD);
        test(view.save).click();

        assertThat(currentUser.get()).hasValueSatisfying(user -> assertThat(user.email()).isEqualTo("sanne@school.example"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("ondertekenen");
    }

    @Test
    void a_short_password_or_a_different_repeat_is_refused_at_its_field_in_dutch() {
        var view = navigate(InvitationView.class, token);

        test(view.chosen).setValue("kort");
        test(view.repeat).setValue("kort");
        test(view.save).click();
        assertThat(view.chosen.isInvalid()).isTrue();
        assertThat(view.chosen.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 10 tekens lang zijn.");

        test(view.chosen).setValue(PASSWORD);
        test(view.repeat).setValue(PASSWORD + " en terug");
        test(view.save).click();
        assertThat(view.chosen.isInvalid()).isFalse();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");

        assertThat(currentUser.get()).isEmpty();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void a_used_link_says_so_and_points_to_the_login() {
        invitations.accept(token, PASSWORD, PASSWORD);
        TestSecurityContextHolder.clearContext();

        var view = navigate(InvitationView.class, token);

        assertThat(view.heading.getText()).isEqualTo("Deze uitnodiging werkt niet meer");
        assertThat(view.closedReason.getText()).isEqualTo(
                "Met deze link is al een wachtwoord ingesteld. Log in met uw e-mailadres en dat wachtwoord.");
        assertThat(view.chosen.isAttached()).isFalse();
    }

    @Test
    void an_expired_link_explains_the_fourteen_days_and_the_request_reaches_the_beheerder() {
        entityManager.flush();
        jdbc.update("update invitation set created_at = dateadd('DAY', -15, created_at), "
                + "valid_until = dateadd('DAY', -15, valid_until)");
        entityManager.clear();

        var view = navigate(InvitationView.class, token);

        assertThat(view.closedReason.getText()).isEqualTo("De link is verlopen: een uitnodiging is 14 dagen geldig.");
        assertThat(view.asked.isVisible()).isFalse();
        test(view.ask).click();
        assertThat(view.asked.isVisible()).isTrue();
        assertThat(view.asked.getText()).startsWith("Uw verzoek is doorgegeven aan de beheerder");
        assertThat(view.ask.isEnabled()).isFalse();

        SignIn.as(users, "beheerder@school.example");
        assertThat(notifications.inbox().getFirst().subject()).isEqualTo("Nieuwe uitnodiging gevraagd voor Sanne Łukaszewicz");
    }

    @Test
    void a_made_up_link_reveals_nothing_and_asking_for_a_new_one_looks_the_same() {
        SignIn.as(users, "beheerder@school.example");
        int before = notifications.inbox().size();
        TestSecurityContextHolder.clearContext();

        var view = navigate(InvitationView.class, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(view.heading.getText()).isEqualTo("Deze uitnodiging werkt niet meer");
        assertThat(view.closedReason.getText()).isEqualTo(
                "Deze link is niet geldig. Controleer of u de hele link hebt overgenomen.");
        test(view.ask).click();
        assertThat(view.asked.getText()).startsWith("Uw verzoek is doorgegeven aan de beheerder");
        SignIn.as(users, "beheerder@school.example");
        assertThat(notifications.inbox()).hasSize(before);
    }

    private static String texts(InvitationView view) {
        var all = new StringBuilder();
        view.getChildren().forEach(child -> all.append(' ').append(child.getElement().getText()));
        return all.toString();
    }
}
