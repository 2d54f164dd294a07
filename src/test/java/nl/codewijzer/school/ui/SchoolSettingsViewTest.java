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
    @Autowired
    nl.codewijzer.school.SchoolCalendar calendar;

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

    @Test
    void the_reminder_schedule_has_its_defaults_and_a_reminder_before_the_request_is_refused_at_its_field() {
        var view = navigate(SchoolSettingsView.class);
        var before = settings.current();

        assertThat(view.remindersAutomatic.getValue()).isTrue();
        assertThat(view.reminderDaysBefore.getValue()).isEqualTo(7);
        assertThat(view.reminderOnDueDate.getValue()).isTrue();
        assertThat(view.reminderOverdueMax.getValue()).isEqualTo(4);

        test(view.signingDueDays).setValue(10);
        test(view.reminderDaysBefore).setValue(10);
        test(view.save).click();

        assertThat(view.reminderDaysBefore.isInvalid()).isTrue();
        assertThat(view.reminderDaysBefore.getErrorMessage()).isEqualTo(
                "Deze herinnering zou vóór het verzoek om te tekenen vallen: kies minder dagen dan de termijn om te tekenen (10 dagen).");
        assertThat(settings.current()).isEqualTo(before);

        test(view.reminderDaysBefore).setValue(3);
        test(view.reminderOverdueMax).setValue(2);
        test(view.save).click();

        assertThat(view.reminderDaysBefore.isInvalid()).isFalse();
        assertThat(settings.current().reminderDaysBefore()).isEqualTo(3);
        assertThat(settings.current().reminderOverdueMax()).isEqualTo(2);
        assertThat(settings.current().signingDueDays()).isEqualTo(10);
    }

    @Test
    void the_beheerder_adds_a_holiday_a_period_that_ends_before_it_starts_is_refused_at_its_field_and_removes_it() {
        var view = navigate(SchoolSettingsView.class);

        test(view.holidayName).setValue("kerstvakantie");
        test(view.holidayFirstDay).setValue(java.time.LocalDate.of(2031, 12, 20));
        test(view.holidayLastDay).setValue(java.time.LocalDate.of(2031, 12, 1));
        test(view.addHoliday).click();

        assertThat(view.holidayLastDay.isInvalid()).isTrue();
        assertThat(view.holidayLastDay.getErrorMessage()).isEqualTo("De laatste dag ligt vóór de eerste dag (20 december 2031).");
        assertThat(calendar.holidays()).noneMatch(holiday -> holiday.name().equals("kerstvakantie"));

        test(view.holidayLastDay).setValue(java.time.LocalDate.of(2032, 1, 4));
        test(view.addHoliday).click();

        assertThat(view.holidayLastDay.isInvalid()).isFalse();
        assertThat(test(view.holidays).size()).isEqualTo(calendar.holidays().size());
        assertThat(test(view.holidays).getCellText(0, 0)).isEqualTo("kerstvakantie");
        assertThat(test(view.holidays).getCellText(0, 1)).isEqualTo("20 december 2031");
        assertThat(view.holidayName.getValue()).isEmpty();

        var remove = (com.vaadin.flow.component.button.Button) test(view.holidays).getCellComponent(0, 3);
        test(remove).click();
        assertThat(calendar.holidays()).noneMatch(holiday -> holiday.name().equals("kerstvakantie"));
    }

    @Test
    void the_beheerder_switches_the_yearly_reconfirmation_on_a_day_the_month_lacks_is_refused_at_its_field() {
        var view = navigate(SchoolSettingsView.class);

        test(view.reconfirmOn).click();
        test(view.reconfirmDay).setValue(31);
        test(view.reconfirmMonth).selectItem("juni");
        test(view.saveReconfirm).click();

        assertThat(view.reconfirmDay.isInvalid()).isTrue();
        assertThat(view.reconfirmDay.getErrorMessage()).isEqualTo("Die maand heeft 30 dagen: kies een dag van 1 tot en met 30.");
        assertThat(calendar.reconfirmationDay()).isEmpty();

        test(view.reconfirmDay).setValue(1);
        test(view.reconfirmMonth).selectItem("augustus");
        test(view.saveReconfirm).click();

        assertThat(view.reconfirmDay.isInvalid()).isFalse();
        assertThat(calendar.reconfirmationDay()).contains(java.time.MonthDay.of(8, 1));
        assertThat(navigate(SchoolSettingsView.class).reconfirmMonth.getValue()).isEqualTo(java.time.Month.AUGUST);
    }
}
