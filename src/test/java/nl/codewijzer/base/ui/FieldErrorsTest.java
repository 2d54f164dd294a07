package nl.codewijzer.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A message at a field stays until the next validation: correcting the field does not take it away
 * (which would move the button below it while a person presses it; issue 18).
 */
class FieldErrorsTest {

    @Test
    void correcting_a_text_area_keeps_its_message_until_the_next_validation() {
        var reasons = new TextArea();
        FieldErrors.showAt(reasons, "Bij weigering geeft de MR schriftelijk de redenen.");

        reasons.setValue("De termijn voor ouders is te kort.");

        assertThat(reasons.isInvalid()).isTrue();
        assertThat(reasons.getErrorMessage()).isEqualTo("Bij weigering geeft de MR schriftelijk de redenen.");
        new FieldErrors().bind("reasons", reasons).clear();
        assertThat(reasons.isInvalid()).isFalse();
    }

    @Test
    void correcting_a_date_or_a_number_keeps_its_message_too() {
        var date = new DatePicker();
        var days = new IntegerField();
        FieldErrors.showAt(date, "Kies een datum.");
        FieldErrors.showAt(days, "Kies een aantal dagen.");

        date.setValue(LocalDate.of(2026, 12, 4));
        days.setValue(14);

        assertThat(date.isInvalid()).isTrue();
        assertThat(days.isInvalid()).isTrue();
    }
}
