package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SchoolAccountLinks;
import nl.codewijzer.security.SchoolAccountOptions;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.jspecify.annotations.Nullable;

/** Adding or editing one person. Nothing is saved until every field is valid. */
class PersonDialog extends Dialog {

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<MrGeleding> geleding = new Select<>();
    final Select<nl.codewijzer.staff.StaffFunction> staffFunction = new Select<>();
    final DatePicker startDate;
    final DatePicker endDate;
    final TextField temporaryPassword = new TextField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final StaffService staff;
    private final @Nullable StaffMember existing;
    private final Runnable onChange;
    /** Today at the school: the start date a new person gets, the end date a leaver gets. */
    private final LocalDate today;
    /** For an existing person, when school accounts are in use: their links, removable. */
    @Nullable SchoolAccountLinksPanel schoolAccounts;

    PersonDialog(StaffService staff, SchoolAccountLinks links, SchoolAccountOptions accounts,
            @Nullable StaffMember existing, LocalDate today, Runnable onChange) {
        this.today = today;
        this.staff = staff;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(existing == null ? "staff.dialog.add" : "staff.dialog.edit"));
        setWidth("min(48rem, 100vw)");

        fullName.setLabel(getTranslation("staff.field.name"));
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("staff.field.email"));
        email.setRequiredIndicatorVisible(true);
        roles.setLabel(getTranslation("staff.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roles.addValueChangeListener(change -> geleding.setVisible(change.getValue().contains(Role.MR_LID)));
        geleding.setLabel(getTranslation("staff.field.geleding"));
        geleding.setItems(MrGeleding.values());
        geleding.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        geleding.setVisible(false);
        staffFunction.setLabel(getTranslation("staff.field.function"));
        staffFunction.setHelperText(getTranslation("staff.field.function.helper"));
        staffFunction.setItems(nl.codewijzer.staff.StaffFunction.values());
        staffFunction.setItemLabelGenerator(value -> value == null ? getTranslation("staff-function.none")
                : getTranslation(value.labelKey()));
        staffFunction.setEmptySelectionAllowed(true);
        staffFunction.setEmptySelectionCaption(getTranslation("staff-function.none"));
        startDate = LocalizedComponents.datePicker(getTranslation("staff.field.start"));
        startDate.setRequiredIndicatorVisible(true);
        endDate = LocalizedComponents.datePicker(getTranslation("staff.field.end"));
        endDate.setHelperText(getTranslation("staff.field.end.helper"));
        temporaryPassword.setLabel(getTranslation("staff.field.temporary-password"));
        temporaryPassword.setHelperText(getTranslation("staff.field.temporary-password.helper",
                StaffService.TEMPORARY_PASSWORD_MINIMUM));
        var generate = new Button(getTranslation("staff.password.generate"), click -> temporaryPassword.setValue(randomPassword()));
        generate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        temporaryPassword.setSuffixComponent(generate);

        errors.bind("fullName", fullName).bind("email", email).bind("roles", roles).bind("geleding", geleding)
                .bind("startDate", startDate).bind("endDate", endDate).bind("temporaryPassword", temporaryPassword);

        var form = new FormLayout(fullName, email, startDate, endDate, staffFunction, roles, geleding);
        form.setColspan(roles, 2);
        if (existing == null) {
            // with password login off a new colleague signs in with the school account the invitation
            // welcomes them to: a temporary password would be one they can never use
            if (accounts.passwordLogin()) {
                form.add(temporaryPassword);
            }
            startDate.setValue(today);
            roles.setValue(EnumSet.of(Role.MEDEWERKER));
        } else {
            fill(existing);
        }
        add(form);
        if (existing != null && (links.configured() || !links.of(existing.id()).isEmpty())) {
            schoolAccounts = new SchoolAccountLinksPanel(links, existing);
            add(schoolAccounts);
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        if (existing != null) {
            addExistingPersonActions(existing, accounts.passwordAllowedFor(existing.email()));
        }
    }

    private void fill(StaffMember member) {
        fullName.setValue(member.fullName());
        email.setValue(member.email());
        roles.setValue(member.roles());
        geleding.setValue(member.geleding());
        staffFunction.setValue(member.staffFunction());
        startDate.setValue(member.startDate());
        endDate.setValue(member.endDate());
        if (!member.active()) {
            add(new Paragraph(getTranslation("staff.dialog.inactive")));
        }
    }

    private void addExistingPersonActions(StaffMember member, boolean passwordAllowed) {
        var password = new Button(getTranslation("staff.password.set"), click -> new TemporaryPasswordDialog(staff, member).open());
        password.setVisible(passwordAllowed);
        var status = member.active()
                ? new Button(getTranslation("staff.deactivate"), click -> new DeactivateDialog(staff, member, today, () -> {
                    close();
                    onChange.run();
                }).open())
                : new Button(getTranslation("staff.reactivate"), click -> {
                    staff.reactivate(member.id());
                    FieldErrors.saved(this, "staff.reactivated", member.fullName());
                    close();
                    onChange.run();
                });
        status.addThemeVariants(member.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        getFooter().addComponentAsFirst(status);
        getFooter().addComponentAtIndex(1, password);
    }

    private void save() {
        errors.clear();
        var form = new PersonForm(fullName.getValue(), email.getValue(),
                roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue()),
                roles.getValue().contains(Role.MR_LID) ? geleding.getValue() : null,
                startDate.getValue(), endDate.getValue(), staffFunction.getValue());
        if (startDate.isInvalid() || endDate.isInvalid()) {
            return; // an unreadable date: the picker already shows why at the field
        }
        try {
            StaffMember saved = existing == null
                    ? staff.create(form, temporaryPassword.getValue())
                    : staff.update(existing.id(), existing.version(), form);
            FieldErrors.saved(this, "staff.saved", saved.fullName());
            close();
            onChange.run();
        } catch (InvalidInput invalid) {
            errors.show(invalid, this);
        }
    }

    static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
