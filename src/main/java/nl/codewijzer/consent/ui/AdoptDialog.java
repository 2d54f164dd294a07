package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.consent.RoundSummary;

/** The schoolleiding adopts (vaststellen) a consented version: from when it applies and when it is reviewed. */
class AdoptDialog extends Dialog {

    final DatePicker effectiveDate;
    final DatePicker reviewDate;
    final Button adopt;

    AdoptDialog(ConsentFollowUps consent, RoundSummary round, Runnable adopted) {
        setHeaderTitle(getTranslation("consent.adopt.title", round.versionNumber()));
        var today = LocalDate.now(SchoolTime.ZONE);
        effectiveDate = LocalizedComponents.datePicker(getTranslation("consent.effective-date"));
        effectiveDate.setValue(today);
        reviewDate = LocalizedComponents.datePicker(getTranslation("consent.review-date"));
        reviewDate.setHelperText(getTranslation("consent.review-date.helper"));
        reviewDate.setValue(today.plusYears(1));
        var errors = new FieldErrors().bind("effectiveDate", effectiveDate).bind("reviewDate", reviewDate);
        add(new Paragraph(getTranslation("consent.adopt.intro")), effectiveDate, reviewDate);
        adopt = new Button(getTranslation("consent.adopt"), click -> {
            try {
                consent.adopt(round.id(), effectiveDate.getValue(), reviewDate.getValue());
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
