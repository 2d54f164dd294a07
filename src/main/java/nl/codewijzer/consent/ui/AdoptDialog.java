package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.staff.StaffFunction;

/**
 * The schoolleiding adopts (vaststellen) a consented version: from when it applies, when it is
 * reviewed, who must sign it (groups of staff; none ticked: all staff), and whether everyone signs
 * again or it is a redactional change whose earlier signatures still count (with the reason).
 */
class AdoptDialog extends Dialog {

    final DatePicker effectiveDate;
    final DatePicker reviewDate;
    final CheckboxGroup<StaffFunction> audience = new CheckboxGroup<>();
    /** False: everyone signs again (the default); true: a redactional change. */
    final RadioButtonGroup<Boolean> redactional = new RadioButtonGroup<>();
    final TextArea redactionalReason = new TextArea();
    final Button adopt;

    /** @param today today at the school: the effective date offered, the review a year later */
    AdoptDialog(ConsentFollowUps consent, RoundSummary round, LocalDate today, Runnable adopted) {
        setHeaderTitle(getTranslation("consent.adopt.title", round.versionNumber()));
        effectiveDate = LocalizedComponents.datePicker(getTranslation("consent.effective-date"));
        effectiveDate.setValue(today);
        reviewDate = LocalizedComponents.datePicker(getTranslation("consent.review-date"));
        reviewDate.setHelperText(getTranslation("consent.review-date.helper"));
        reviewDate.setValue(today.plusYears(1));
        var errors = new FieldErrors().bind("effectiveDate", effectiveDate).bind("reviewDate", reviewDate);
        audience.setId("adopt-audience");
        audience.setLabel(getTranslation("consent.adopt.audience"));
        audience.setHelperText(getTranslation("consent.adopt.audience.helper"));
        audience.setItems(StaffFunction.values());
        audience.setItemLabelGenerator(function -> getTranslation(function.labelKey()));
        audience.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        redactional.setId("adopt-redactional");
        redactional.setLabel(getTranslation("consent.adopt.signing"));
        redactional.setItems(false, true);
        redactional.setItemLabelGenerator(choice -> getTranslation(choice
                ? "consent.adopt.signing.redactional" : "consent.adopt.signing.everyone"));
        redactional.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        redactional.setValue(false);
        redactionalReason.setId("adopt-redactional-reason");
        redactionalReason.setLabel(getTranslation("consent.adopt.redactional-reason"));
        redactionalReason.setHelperText(getTranslation("consent.adopt.redactional-reason.helper"));
        redactionalReason.setMaxLength(nl.codewijzer.consent.ConsentRounds.MAX_TEXT);
        redactionalReason.setWidthFull();
        redactionalReason.setVisible(false);
        redactional.addValueChangeListener(change -> redactionalReason.setVisible(Boolean.TRUE.equals(change.getValue())));
        errors.bind("audience", audience).bind("redactional", redactional).bind("redactionalReason", redactionalReason);
        add(new Paragraph(getTranslation("consent.adopt.intro")), effectiveDate, reviewDate, audience, redactional,
                redactionalReason);
        adopt = new Button(getTranslation("consent.adopt"), click -> {
            try {
                consent.adopt(round.id(), effectiveDate.getValue(), reviewDate.getValue(), audience.getValue(),
                        Boolean.TRUE.equals(redactional.getValue()) ? redactionalReason.getValue() : null);
                FieldErrors.saved(this, "consent.adopt.done", round.versionNumber());
                close();
                adopted.run();
            } catch (InvalidInput invalid) {
                errors.show(invalid, this);
            }
        });
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), adopt);
    }
}
