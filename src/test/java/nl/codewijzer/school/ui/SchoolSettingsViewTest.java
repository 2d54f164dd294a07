package nl.codewijzer.school.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.school.SchoolSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The beheerder's settings page: refusals appear at the field they concern. */
@CodewijzerTest
@Transactional
@WithUserDetails("beheerder@school.example")
class SchoolSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    SchoolSettings settings;

    @Test
    void the_page_shows_the_current_settings() {
        var view = navigate(SchoolSettingsView.class);

        assertThat(view.schoolName.getValue()).isEqualTo("De Linde (demo)");
        assertThat(view.consentDeadlineDays.getValue()).isEqualTo(42);
        assertThat(view.quorumPercent.getValue()).isEqualTo(50);
        assertThat(view.retentionMonths.getValue()).isEqualTo(24);
    }

    @Test
    void out_of_range_values_are_shown_at_their_fields_and_nothing_is_saved() {
        var view = navigate(SchoolSettingsView.class);
        var before = settings.current();

        test(view.schoolName).setValue("Nieuwe naam");
        test(view.quorumPercent).setValue(150);
        test(view.consentDeadlineDays).setValue(null);
        test(view.save).click();

        assertThat(view.quorumPercent.isInvalid()).isTrue();
        assertThat(view.quorumPercent.getErrorMessage()).isEqualTo("Vul een heel getal in van 0 tot en met 100.");
        assertThat(view.consentDeadlineDays.isInvalid()).isTrue();
        assertThat(view.consentDeadlineDays.getErrorMessage()).isEqualTo("Vul een heel getal in van 1 tot en met 365.");
        assertThat(view.schoolName.isInvalid()).isFalse();
        assertThat(view.retentionMonths.isInvalid()).isFalse();
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void valid_values_are_saved_and_a_second_save_from_the_same_page_still_works() {
        var view = navigate(SchoolSettingsView.class);

        test(view.schoolName).setValue("OBS De Linde");
        test(view.save).click();
        test(view.quorumPercent).setValue(60);
        test(view.save).click();

        assertThat(settings.current().schoolName()).isEqualTo("OBS De Linde");
        assertThat(settings.current().quorumPercent()).isEqualTo(60);
        assertThat(view.quorumPercent.isInvalid()).isFalse();
    }
}
