package nl.codewijzer.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.codewijzer.CodewijzerTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Changing one's own password: without a temporary password, the current one is asked first. */
@CodewijzerTest
@WithUserDetails("docent@school.example")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Test
    void a_wrong_current_password_is_refused_at_that_field() {
        var view = navigate(ChangePasswordView.class);
        assertThat(view.current.isVisible()).isTrue();

        test(view.current).setValue("geen-demo");
        test(view.chosen).setValue("een nieuwe lange zin");
        test(view.repeat).setValue("een nieuwe lange zin");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");
    }

    @Test
    void a_repeat_that_differs_is_refused_at_the_repeat_field() {
        var view = navigate(ChangePasswordView.class);

        test(view.current).setValue("demo");
        test(view.chosen).setValue("een nieuwe lange zin");
        test(view.repeat).setValue("een nieuwe lange zij");
        test(view.save).click();

        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");
        assertThat(view.current.isInvalid()).isFalse();
    }

    @Test
    void the_email_address_is_not_accepted_as_password() {
        var view = navigate(ChangePasswordView.class);

        test(view.current).setValue("demo");
        test(view.chosen).setValue("Docent@School.example");
        test(view.repeat).setValue("Docent@School.example");
        test(view.save).click();

        assertThat(view.chosen.getErrorMessage()).isEqualTo("Gebruik niet uw e-mailadres als wachtwoord.");
    }
}
