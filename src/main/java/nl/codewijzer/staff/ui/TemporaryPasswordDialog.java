package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;

/** Gives someone a temporary password to pass on; they must choose their own at the next login. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(StaffService staff, StaffMember member) {
        setHeaderTitle(getTranslation("staff.password.set"));
        var password = new TextField(getTranslation("staff.field.temporary-password"));
        password.setValue(PersonDialog.randomPassword());
        password.setWidthFull();
        var errors = new FieldErrors().bind("temporaryPassword", password);
        add(new Paragraph(getTranslation("staff.password.explain", member.fullName())), password);
        var save = new Button(getTranslation("action.save"), click -> {
            try {
                staff.setTemporaryPassword(member.id(), password.getValue());
                FieldErrors.saved(this, "staff.password.saved", member.fullName());
                close();
            } catch (InvalidInput invalid) {
                errors.show(invalid, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
