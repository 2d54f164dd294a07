package nl.codewijzer.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.SchoolCalendar;
import nl.codewijzer.school.SchoolHoliday;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.Settings;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** The beheerder's school settings: name, the MR reglement's rules, the time to sign, what signatures keep, and the holidays. */
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
    final Grid<SchoolHoliday> holidays = new Grid<>();
    final TextField holidayName = new TextField();
    final DatePicker holidayFirstDay = LocalizedComponents.datePicker("");
    final DatePicker holidayLastDay = LocalizedComponents.datePicker("");
    final Button addHoliday = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors holidayErrors = new FieldErrors();
    final com.vaadin.flow.component.checkbox.Checkbox reconfirmOn = new com.vaadin.flow.component.checkbox.Checkbox();
    final IntegerField reconfirmDay = new IntegerField();
    final Select<java.time.Month> reconfirmMonth = new Select<>();
    final Button saveReconfirm = new Button();
    private final FieldErrors reconfirmErrors = new FieldErrors();
    private final SchoolCalendar calendar;
    private final Paragraph noHolidays = new Paragraph();
    private Settings loaded;

    SchoolSettingsView(SchoolSettings settings, SchoolCalendar calendar) {
        this.calendar = calendar;
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
                new H2(getTranslation("school.section.privacy")), privacy, save,
                new H2(getTranslation("school.section.holidays")),
                new Paragraph(getTranslation("school.section.holidays.intro")), holidaysSection(),
                new H2(getTranslation("school.section.reconfirm")),
                new Paragraph(getTranslation("school.section.reconfirm.intro")), reconfirmSection());
        loaded = settings.current();
        show(loaded);
        showHolidays();
    }

    /** The school's holiday periods (issue 14): a list with "Verwijderen", and a line to add one. */
    private Div holidaysSection() {
        holidays.setId("school-holidays");
        holidays.addColumn(SchoolHoliday::name).setHeader(getTranslation("school.holiday.name")).setFlexGrow(2);
        holidays.addColumn(holiday -> DateTexts.date(holiday.firstDay(), getLocale()))
                .setHeader(getTranslation("school.holiday.first-day"));
        holidays.addColumn(holiday -> DateTexts.date(holiday.lastDay(), getLocale()))
                .setHeader(getTranslation("school.holiday.last-day"));
        holidays.addComponentColumn(holiday -> {
            var remove = new Button(getTranslation("school.holiday.remove"), click -> {
                calendar.removeHoliday(holiday.id());
                FieldErrors.saved(this, "school.holiday.removed", holiday.name());
                showHolidays();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("school.holiday.remove") + " " + holiday.name());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        holidays.setAllRowsVisible(true);
        holidayName.setLabel(getTranslation("school.holiday.name"));
        holidayName.setPlaceholder(getTranslation("school.holiday.name.placeholder"));
        holidayName.setMaxLength(SchoolCalendar.MAX_NAME_LENGTH);
        holidayFirstDay.setLabel(getTranslation("school.holiday.first-day"));
        holidayLastDay.setLabel(getTranslation("school.holiday.last-day"));
        holidayFirstDay.addValueChangeListener(change -> {
            if (change.getValue() != null && holidayLastDay.isEmpty()) {
                holidayLastDay.setInitialPosition(change.getValue());
            }
        });
        holidayErrors.bind("name", holidayName).bind("firstDay", holidayFirstDay).bind("lastDay", holidayLastDay);
        addHoliday.setText(getTranslation("school.holiday.add"));
        addHoliday.addClickListener(click -> {
            holidayErrors.clear();
            try {
                var added = calendar.addHoliday(holidayName.getValue(), holidayFirstDay.getValue(),
                        holidayLastDay.getValue());
                FieldErrors.saved(this, "school.holiday.added", added.name());
                holidayName.clear();
                holidayFirstDay.clear();
                holidayLastDay.clear();
                showHolidays();
            } catch (InvalidInput invalid) {
                holidayErrors.show(invalid, this);
            }
        });
        var form = new FormLayout(holidayName, holidayFirstDay, holidayLastDay, addHoliday);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        return new Div(noHolidays, holidays, form);
    }

    /** The yearly re-confirmation (decision 0053): on or off, and from which day and month each school year. */
    private FormLayout reconfirmSection() {
        reconfirmOn.setLabel(getTranslation("school.reconfirm.on"));
        reconfirmDay.setLabel(getTranslation("school.reconfirm.day"));
        reconfirmDay.setMin(1);
        reconfirmDay.setMax(31);
        reconfirmDay.setStepButtonsVisible(true);
        reconfirmMonth.setLabel(getTranslation("school.reconfirm.month"));
        reconfirmMonth.setItems(java.time.Month.values());
        reconfirmMonth.setItemLabelGenerator(month -> month.getDisplayName(java.time.format.TextStyle.FULL, getLocale()));
        reconfirmOn.addValueChangeListener(change -> {
            reconfirmDay.setEnabled(change.getValue());
            reconfirmMonth.setEnabled(change.getValue());
        });
        var chosen = calendar.reconfirmationDay();
        reconfirmOn.setValue(chosen.isPresent());
        reconfirmDay.setEnabled(chosen.isPresent());
        reconfirmMonth.setEnabled(chosen.isPresent());
        chosen.ifPresent(day -> {
            reconfirmDay.setValue(day.getDayOfMonth());
            reconfirmMonth.setValue(day.getMonth());
        });
        reconfirmErrors.bind("reconfirmDay", reconfirmDay).bind("reconfirmMonth", reconfirmMonth);
        saveReconfirm.setText(getTranslation("school.reconfirm.save"));
        saveReconfirm.addClickListener(click -> {
            reconfirmErrors.clear();
            try {
                var saved = calendar.setReconfirmationDay(reconfirmOn.getValue(), reconfirmDay.getValue(),
                        reconfirmMonth.getValue());
                if (saved.isPresent()) {
                    FieldErrors.saved(this, "school.reconfirm.saved-on", saved.get().getDayOfMonth() + " "
                            + saved.get().getMonth().getDisplayName(java.time.format.TextStyle.FULL, getLocale()));
                } else {
                    FieldErrors.saved(this, "school.reconfirm.saved-off");
                }
            } catch (InvalidInput invalid) {
                reconfirmErrors.show(invalid, this);
            }
        });
        var form = new FormLayout(reconfirmOn, reconfirmDay, reconfirmMonth, saveReconfirm);
        form.setColspan(reconfirmOn, 2);
        return form;
    }

    private void showHolidays() {
        var recorded = calendar.holidays();
        holidays.setItems(recorded);
        holidays.setVisible(!recorded.isEmpty());
        noHolidays.setText(recorded.isEmpty() ? getTranslation("school.holiday.none") : "");
        noHolidays.setVisible(recorded.isEmpty());
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
