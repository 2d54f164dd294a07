package nl.codewijzer.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.revision.ArticleFeedback;
import nl.codewijzer.revision.FeedbackKind;

/** Feedback on one article: what kind, an explanation, and whether to give it anonymously. */
final class FeedbackDialog extends Dialog {

    final RadioButtonGroup<FeedbackKind> kind = new RadioButtonGroup<>();
    final TextArea body = new TextArea();
    final Checkbox anonymous = new Checkbox();
    final Button send = new Button();
    private final FieldErrors errors = new FieldErrors();

    FeedbackDialog(ArticleFeedback feedback, long codeId, String article) {
        setHeaderTitle(getTranslation("feedback.give.title", article));
        kind.setLabel(getTranslation("feedback.kind"));
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setId("feedback-kind");
        body.setLabel(getTranslation("feedback.body"));
        body.setHelperText(getTranslation("feedback.body.helper"));
        body.setWidthFull();
        body.setMinHeight("8rem");
        body.setId("feedback-body");
        anonymous.setLabel(getTranslation("feedback.anonymous"));
        anonymous.setId("feedback-anonymous");
        errors.bind("kind", kind).bind("body", body);
        send.setText(getTranslation("feedback.send"));
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                feedback.give(codeId, article, kind.getValue(), body.getValue(), anonymous.getValue());
                close();
                FieldErrors.saved(this, anonymous.getValue() ? "feedback.sent.anonymous" : "feedback.sent");
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        add(kind, body, anonymous);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
        setWidth("36rem");
    }
}
