package nl.codewijzer.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.codewijzer.base.InvalidInput;

/**
 * Puts a service's refusal reasons at the fields they belong to; anything unplaced becomes a message.
 *
 * <p>A message stays at its field until the next validation (the next press of the button that
 * validates), not until the field loses focus. Otherwise the correction itself moves the page: the
 * person corrects the field and presses the button below it, the press blurs the field, the field's
 * own validation clears the message, the button jumps up by the message's height and the release
 * lands beside it, so the click is lost without a word (issue 18). So every field that gets a
 * message here is switched to manual validation; only {@link #show} and {@link #clear} change it.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setErrorMessage(null);
            field.setInvalid(false);
        });
    }

    public void show(InvalidInput invalid, Component context) {
        clear();
        for (var problem : invalid.problems()) {
            var message = context.getTranslation(problem.messageKey(), problem.args().toArray());
            var field = fields.get(problem.field());
            if (field != null) {
                showAt(field, message);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    /**
     * Shows a message at one field, kept there until the caller clears it (at the next validation);
     * for views that check a field themselves rather than through a service's {@link InvalidInput}.
     */
    public static void showAt(HasValidation field, String message) {
        keepUntilNextValidation(field);
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * Stops the field's own validation (on blur and on every value change) from taking the message
     * away, so nothing below the field moves while a person aims at the button. Vaadin has no common
     * interface for this switch, hence one case per field type.
     */
    static void keepUntilNextValidation(HasValidation field) {
        switch (field) {
            case TextField text -> text.setManualValidation(true);
            case TextArea text -> text.setManualValidation(true);
            case PasswordField text -> text.setManualValidation(true);
            case EmailField text -> text.setManualValidation(true);
            case AbstractNumberField<?, ?> number -> number.setManualValidation(true);
            case BigDecimalField number -> number.setManualValidation(true);
            case DatePicker date -> date.setManualValidation(true);
            case DateTimePicker dateTime -> dateTime.setManualValidation(true);
            case TimePicker time -> time.setManualValidation(true);
            case Select<?> select -> select.setManualValidation(true);
            case ComboBoxBase<?, ?, ?> comboBox -> comboBox.setManualValidation(true);
            case Checkbox checkbox -> checkbox.setManualValidation(true);
            case CheckboxGroup<?> group -> group.setManualValidation(true);
            case RadioButtonGroup<?> group -> group.setManualValidation(true);
            default -> {
                // a field without validation of its own: nothing clears the message but show/clear
            }
        }
    }

    /** A short confirmation that something was saved. */
    public static void saved(Component context, String key, Object... args) {
        Notification.show(context.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
