package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.codetext.VersionSummary;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.school.VotingGeleding;

/** Puts a concept to the MR as a voorgenomen besluit: reasons, deadline and the voting geleding. */
class SubmitDialog extends Dialog {

    final TextArea toelichting = new TextArea();
    final DatePicker deadline;
    final Select<VotingGeleding> geleding = new Select<>();
    final Button submit;
    private final FieldErrors errors = new FieldErrors();

    SubmitDialog(ConsentRounds consent, ConsentSubmission submission, VersionSummary draft, Consumer<RoundSummary> submitted) {
        setHeaderTitle(getTranslation("consent.submit.title", draft.number()));
        var defaults = consent.defaults();
        toelichting.setLabel(getTranslation("consent.toelichting"));
        toelichting.setHelperText(getTranslation("consent.toelichting.helper"));
        toelichting.setWidthFull();
        toelichting.setMaxLength(ConsentRounds.MAX_TEXT);
        deadline = LocalizedComponents.datePicker(getTranslation("consent.deadline"));
        deadline.setValue(defaults.deadline());
        geleding.setLabel(getTranslation("consent.geleding"));
        geleding.setItems(VotingGeleding.values());
        geleding.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        geleding.setValue(defaults.votingGeleding());
        errors.bind("toelichting", toelichting).bind("deadline", deadline).bind("geleding", geleding);
        // where the MR's documents come from (issue 15): two go along by themselves, the rest is added at the round
        var documents = new Paragraph(getTranslation("consent.submit.documents"));
        documents.setId("submit-documents");
        add(new Paragraph(getTranslation("consent.submit.frozen")), toelichting, deadline, geleding, documents);
        submit = new Button(getTranslation("consent.submit"), click -> {
            try {
                var round = submission.submit(draft.id(), toelichting.getValue(), deadline.getValue(), geleding.getValue());
                FieldErrors.saved(this, "consent.submit.done");
                close();
                submitted.accept(round);
            } catch (InvalidInput invalid) {
                errors.show(invalid, this);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
        setWidth("36rem");
    }
}
