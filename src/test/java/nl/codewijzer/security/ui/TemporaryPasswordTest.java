package nl.codewijzer.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.home.ui.HomeView;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffService;
import nl.codewijzer.staff.ui.MyDataView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone the beheerder gave a temporary password cannot use the app until they have chosen their
 * own. The person is created in the test's transaction, which is rolled back afterwards.
 */
@CodewijzerTest
@Transactional
class TemporaryPasswordTest extends SpringBrowserlessTest {

    private static final String EMAIL = "sanne.tijdelijk@school.example";
    private static final String TEMPORARY = "tijdelijk-2026";

    @Autowired
    StaffService staff;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @BeforeEach
    void aNewColleagueWithATemporaryPasswordSignsIn() {
        SignIn.as(users, "beheerder@school.example");
        staff.create(new PersonForm("Sanne Tijdelijk", EMAIL, Set.of(Role.MEDEWERKER), null,
                LocalDate.now(SchoolTime.ZONE), null), TEMPORARY);
        SignIn.as(users, EMAIL);
    }

    @Test
    void opening_the_start_page_shows_the_page_to_choose_a_password_instead() {
        UI.getCurrent().navigate(HomeView.class);

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(test($(H1.class).single()).getText()).isEqualTo("Wachtwoord kiezen");
        assertThat(test($(Paragraph.class).first()).getText()).startsWith("U bent ingelogd met een tijdelijk wachtwoord.");
        var view = (ChangePasswordView) getCurrentView();
        assertThat(view.current.isVisible()).as("no need to type the temporary password again").isFalse();
    }

    @Test
    void every_other_page_leads_to_the_password_page_as_well() {
        UI.getCurrent().navigate(MyDataView.class);

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(MyDataView.class).exists()).isFalse();
    }

    @Test
    void after_choosing_a_password_the_person_reaches_the_start_page_and_logs_in_with_it() throws Exception {
        UI.getCurrent().navigate(HomeView.class);
        var view = (ChangePasswordView) getCurrentView();

        test(view.chosen).setValue("mijn eigen zin 2026");
        test(view.repeat).setValue("mijn eigen zin 2026");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(test($(H1.class).single()).getText()).isEqualTo("Welkom, Sanne Tijdelijk");
        UI.getCurrent().navigate(MyDataView.class);
        assertThat(getCurrentView()).isInstanceOf(MyDataView.class);
        AuthenticationManager login = authenticationConfiguration.getAuthenticationManager();
        var result = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, "mijn eigen zin 2026"));
        assertThat(((nl.codewijzer.security.SignedInUser) result.getPrincipal()).mustChangePassword()).isFalse();
    }

    @Test
    void a_too_short_password_is_refused_at_its_field_and_the_person_stays() {
        UI.getCurrent().navigate(HomeView.class);
        var view = (ChangePasswordView) getCurrentView();

        test(view.chosen).setValue("kort");
        test(view.repeat).setValue("kort");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(view.chosen.isInvalid()).isTrue();
        assertThat(view.chosen.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 10 tekens lang zijn.");
    }
}
