package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.MeetingPolls;
import org.jspecify.annotations.Nullable;

/**
 * An open question's answer, on the phone in the room and on the asynchronous page alike: a field of at
 * most {@link MeetingPolls#MAX_ANSWER} characters and a button to send it. One instance per view, so what
 * is being typed survives every redraw; a refusal of the answer itself (empty, too long) is said in Dutch
 * at the field, and the text stays there to correct.
 */
final class OpenAnswerForm extends Div {

    final TextArea field = new TextArea();
    final Button send = new Button();
    private final FieldErrors errors = new FieldErrors();

    /**
     * @param id        the field's id; the button's is the same with "-send"
     * @param helperKey the field's helper text, with the maximum length as its argument
     * @param submit    sends the field's text; throws {@link InvalidInput} when the answer is refused
     * @param elsewhere what to do with a refusal that is not about the answer (the poll closed, say); without
     *                  it, that reason is shown as a message
     */
    OpenAnswerForm(String id, String helperKey, Consumer<String> submit, @Nullable Consumer<InvalidInput> elsewhere) {
        field.setLabel(getTranslation("teamday.phone.answer"));
        field.setHelperText(getTranslation(helperKey, MeetingPolls.MAX_ANSWER));
        field.setMaxLength(MeetingPolls.MAX_ANSWER);
        field.setWidthFull();
        field.setId(id);
        send.setText(getTranslation("teamday.phone.answer.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId(id + "-send");
        send.addClickListener(click -> {
            errors.clear();
            try {
                submit.accept(field.getValue());
            } catch (InvalidInput refused) {
                if (elsewhere == null || refused.problems().getFirst().field().equals("answer")) {
                    errors.show(refused, this);
                } else {
                    elsewhere.accept(refused);
                }
            }
        });
        errors.bind("answer", field);
        add(field, send);
    }

    /** Starts on a question: shows {@code text} (empty, or an answer given before) without a message. */
    void show(String text) {
        field.setValue(text);
        errors.clear();
    }
}
