package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;

/** Marks a leaver with an end date. The person stays on record; their login stops working. */
class DeactivateDialog extends Dialog {

    final DatePicker endDate;

    /** @param today today at the school, the end date offered */
    DeactivateDialog(StaffService staff, StaffMember member, LocalDate today, Runnable onDone) {
        setHeaderTitle(getTranslation("staff.deactivate.title", member.fullName()));
        endDate = LocalizedComponents.datePicker(getTranslation("staff.field.end"));
        endDate.setValue(today);
        endDate.setRequiredIndicatorVisible(true);
        var errors = new FieldErrors().bind("endDate", endDate);
        add(new Paragraph(getTranslation("staff.deactivate.explain")), endDate);
        var confirm = new Button(getTranslation("staff.deactivate"), click -> {
            try {
                staff.deactivate(member.id(), endDate.getValue());
                FieldErrors.saved(this, "staff.deactivated", member.fullName());
                close();
                onDone.run();
            } catch (InvalidInput invalid) {
                errors.show(invalid, this);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
