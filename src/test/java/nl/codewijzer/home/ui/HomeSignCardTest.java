package nl.codewijzer.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.ui.SignView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The start page puts a code waiting to be signed first, with its due date and one button. */
@CodewijzerTest
class HomeSignCardTest extends SpringBrowserlessTest {

    @Autowired
    Signing signing;
    @Autowired
    UserDetailsService users;

    @Test
    void a_teacher_who_has_not_signed_sees_the_code_the_due_date_and_nu_ondertekenen() {
        SignIn.as(users, "docent@school.example");
        var first = signing.outstanding().getFirst();

        var home = navigate(HomeView.class);

        var card = $(Div.class).id("sign-card");
        var text = card.getElement().getTextRecursively();
        assertThat(text).contains(first.codeTitle() + ", versie " + first.versionNumber(), Dates.date(home, first.dueDate()));
        assertThat(text).contains(first.overdue() ? "De termijn is verstreken op" : "Graag ondertekenen uiterlijk");
        test($(Button.class).id("sign-now")).click();
        assertThat(getCurrentView()).isInstanceOf(SignView.class);
    }

    @Test
    void someone_with_nothing_to_sign_sees_no_card() {
        SignIn.as(users, "fatima.amrani@ouders.example");

        navigate(HomeView.class);

        assertThat($(Div.class).withId("sign-card").exists()).isFalse();
    }
}
