package nl.codewijzer.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.Settings;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** The beheerder's school settings: name, the MR reglement's rules, the time to sign, and what signatures keep. */
@Route("beheer/school")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.school", order = 85, icon = "vaadin:cog")
public class SchoolSettingsView extends Main implements HasDynamicTitle {

    final TextField schoolName = new TextField();
    final IntegerField consentDeadlineDays = new IntegerField();
    final Select<VotingGeleding> votingGeleding = new Select<>();
    final IntegerField quorumPercent = new IntegerField();
    final Select<MajorityRule> majorityRule = new Select<>();
    final IntegerField retentionMonths = new IntegerField();
    final com.vaadin.flow.component.checkbox.Checkbox votesByName = new com.vaadin.flow.component.checkbox.Checkbox();
    final IntegerField signingDueDays = new IntegerField();
    final com.vaadin.flow.component.checkbox.Checkbox recordSigningContext = new com.vaadin.flow.component.checkbox.Checkbox();
    final com.vaadin.flow.component.checkbox.Checkbox remindersAutomatic = new com.vaadin.flow.component.checkbox.Checkbox();
    final IntegerField reminderDaysBefore = new IntegerField();
    final com.vaadin.flow.component.checkbox.Checkbox reminderOnDueDate = new com.vaadin.flow.component.checkbox.Checkbox();
    final IntegerField reminderOverdueMax = new IntegerField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();
    private Settings loaded;

    SchoolSettingsView(SchoolSettings settings) {
        addClassName("page");
        setId("school-settings");
        schoolName.setLabel(getTranslation("school.field.name"));
        consentDeadlineDays.setLabel(getTranslation("school.field.deadline"));
        consentDeadlineDays.setHelperText(getTranslation("school.field.deadline.helper"));
        consentDeadlineDays.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("school.unit.days")));
        votingGeleding.setLabel(getTranslation("school.field.voting-geleding"));
        votingGeleding.setItems(VotingGeleding.values());
        votingGeleding.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        votingGeleding.setHelperText(getTranslation("school.field.voting-geleding.helper"));
        quorumPercent.setLabel(getTranslation("school.field.quorum"));
        quorumPercent.setHelperText(getTranslation("school.field.quorum.helper"));
        quorumPercent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        majorityRule.setLabel(getTranslation("school.field.majority"));
        majorityRule.setItems(MajorityRule.values());
        majorityRule.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        votesByName.setLabel(getTranslation("school.field.votes-by-name"));
        votesByName.setHelperText(getTranslation("school.field.votes-by-name.helper"));
        retentionMonths.setLabel(getTranslation("school.field.retention"));
        retentionMonths.setHelperText(getTranslation("school.field.retention.helper"));
        retentionMonths.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("school.unit.months")));
        signingDueDays.setLabel(getTranslation("school.field.signing-due"));
        signingDueDays.setHelperText(getTranslation("school.field.signing-due.helper"));
        signingDueDays.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("school.unit.days")));
        recordSigningContext.setLabel(getTranslation("school.field.signing-context"));
        recordSigningContext.setHelperText(getTranslation("school.field.signing-context.helper"));
        remindersAutomatic.setLabel(getTranslation("school.field.reminders-automatic"));
        reminderDaysBefore.setLabel(getTranslation("school.field.reminder-days-before"));
        reminderDaysBefore.setHelperText(getTranslation("school.field.reminder-days-before.helper"));
        reminderDaysBefore.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("school.unit.days")));
        reminderOnDueDate.setLabel(getTranslation("school.field.reminder-on-due-date"));
        reminderOverdueMax.setLabel(getTranslation("school.field.reminder-overdue-max"));
        reminderOverdueMax.setHelperText(getTranslation("school.field.reminder-overdue-max.helper"));
        reminderOverdueMax.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("school.unit.times")));
        remindersAutomatic.addValueChangeListener(change -> {
            reminderDaysBefore.setEnabled(change.getValue());
            reminderOnDueDate.setEnabled(change.getValue());
            reminderOverdueMax.setEnabled(change.getValue());
        });
        errors.bind("schoolName", schoolName).bind("consentDeadlineDays", consentDeadlineDays)
                .bind("quorumPercent", quorumPercent).bind("signatureRetentionMonths", retentionMonths)
                .bind("signingDueDays", signingDueDays).bind("reminderDaysBefore", reminderDaysBefore)
                .bind("reminderOverdueMax", reminderOverdueMax);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            errors.clear();
            try {
                loaded = settings.update(new Settings(loaded.version(), schoolName.getValue(),
                        orInvalid(consentDeadlineDays.getValue()), votingGeleding.getValue(),
                        orInvalid(quorumPercent.getValue()), majorityRule.getValue(), orInvalid(retentionMonths.getValue()),
                        votesByName.getValue(), orInvalid(signingDueDays.getValue()), recordSigningContext.getValue(),
                        remindersAutomatic.getValue(), orInvalid(reminderDaysBefore.getValue()),
                        reminderOnDueDate.getValue(), orInvalid(reminderOverdueMax.getValue())));
                FieldErrors.saved(this, "school.saved");
                show(loaded);
            } catch (InvalidInput invalid) {
                errors.show(invalid, this);
            }
        });

        var general = new FormLayout(schoolName);
        var mr = new FormLayout(votingGeleding, consentDeadlineDays, quorumPercent, majorityRule);
        mr.add(votesByName);
        mr.setColspan(majorityRule, 2);
        mr.setColspan(votesByName, 2);
        var signing = new FormLayout(signingDueDays);
        var reminders = new FormLayout(remindersAutomatic, reminderDaysBefore, reminderOnDueDate, reminderOverdueMax);
        reminders.setColspan(remindersAutomatic, 2);
        var privacy = new FormLayout(retentionMonths, recordSigningContext);
        privacy.setColspan(recordSigningContext, 2);
        add(new H1(getTranslation("school.title")), general,
                new H2(getTranslation("school.section.mr")), new Paragraph(getTranslation("school.section.mr.intro")), mr,
                new H2(getTranslation("school.section.signing")), signing,
                new H2(getTranslation("school.section.reminders")),
                new Paragraph(getTranslation("school.section.reminders.intro")), reminders,
                new H2(getTranslation("school.section.privacy")), privacy, save);
        loaded = settings.current();
        show(loaded);
    }

    /** An empty or unreadable number becomes -1, which the service refuses with a range message at the field. */
    private static int orInvalid(@Nullable Integer value) {
        return value == null ? -1 : value;
    }

    private void show(Settings current) {
        schoolName.setValue(current.schoolName());
        consentDeadlineDays.setValue(current.consentDeadlineDays());
        votingGeleding.setValue(current.votingGeleding());
        quorumPercent.setValue(current.quorumPercent());
        majorityRule.setValue(current.majorityRule());
        retentionMonths.setValue(current.signatureRetentionMonths());
        votesByName.setValue(current.votesByName());
        signingDueDays.setValue(current.signingDueDays());
        recordSigningContext.setValue(current.recordSigningContext());
        remindersAutomatic.setValue(current.remindersAutomatic());
        reminderDaysBefore.setValue(current.reminderDaysBefore());
        reminderOnDueDate.setValue(current.reminderOnDueDate());
        reminderOverdueMax.setValue(current.reminderOverdueMax());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.title") + " – " + getTranslation("app.name");
    }
}
