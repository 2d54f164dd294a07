package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.RoundSummary;

/** Records that the schoolleiding took the refusal to the Landelijke Commissie voor Geschillen WMS. */
class DisputeDialog extends Dialog {

    DisputeDialog(ConsentFollowUps consent, RoundSummary round, Runnable recorded) {
        setHeaderTitle(getTranslation("consent.dispute"));
        var note = new TextArea(getTranslation("consent.dispute.note"));
        note.setWidthFull();
        note.setMaxLength(ConsentRounds.MAX_TEXT);
        var errors = new FieldErrors().bind("note", note);
        add(new Paragraph(getTranslation("consent.dispute.intro")), note);
        var save = new Button(getTranslation("consent.dispute.record"), click -> {
            try {
                consent.recordDispute(round.id(), note.getValue());
                FieldErrors.saved(this, "consent.dispute.done");
                close();
                recorded.run();
            } catch (InvalidInput invalid) {
                errors.show(invalid, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("32rem");
    }
}
