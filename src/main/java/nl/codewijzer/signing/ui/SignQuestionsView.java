package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.SignQuestionLine;
import nl.codewijzer.signing.SignQuestions;

/**
 * The questions staff asked before signing (issue 14, decision 0044), for the coördinator and the
 * schoolleiding: the unanswered first, each with a field for the answer; the answered ones below,
 * with their answer. The notification of a new question links here.
 */
@Route(SignQuestions.ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.sign-questions", order = 32, icon = "vaadin:comments-o")
public class SignQuestionsView extends Main implements HasDynamicTitle {

    final Div list = new Div();
    /** The answer field and its button per unanswered question, by question id. */
    final Map<Long, TextArea> answers = new LinkedHashMap<>();
    final Map<Long, Button> sends = new LinkedHashMap<>();
    private final SignQuestions questions;

    SignQuestionsView(SignQuestions questions) {
        this.questions = questions;
        addClassName("page");
        setId("sign-questions");
        list.setId("sign-question-list");
        list.addClassName("check-questions");
        add(new H1(getTranslation("signing.questions.title")), new Paragraph(getTranslation("signing.questions.intro")),
                list);
        show();
    }

    private void show() {
        list.removeAll();
        answers.clear();
        sends.clear();
        var all = questions.all();
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("signing.questions.none"));
            none.setId("sign-questions-none");
            list.add(none);
            return;
        }
        all.forEach(line -> list.add(card(line)));
    }

    private Section card(SignQuestionLine line) {
        var card = new Section();
        card.addClassName("check-card");
        card.setId("sign-question-" + line.id());
        var heading = new Paragraph(getTranslation("signing.questions.line", line.askedBy(), line.codeTitle(),
                line.versionNumber(), Dates.dateTime(this, line.askedAt())));
        heading.addClassName("hint");
        var text = new Paragraph(line.question());
        text.addClassName("question-text");
        card.add(heading, text);
        var answer = line.answer();
        var answeredAt = line.answeredAt();
        if (answer != null && answeredAt != null) {
            var by = new Paragraph(getTranslation("signing.question.answered",
                    Objects.requireNonNullElse(line.answeredBy(), ""), Dates.dateTime(this, answeredAt)));
            by.addClassName("hint");
            var answerText = new Paragraph(answer);
            answerText.addClassName("question-text");
            card.add(by, answerText);
            return card;
        }
        var waiting = new Span(getTranslation("signing.status.question-asked"));
        waiting.getElement().getThemeList().add("badge contrast");
        var field = new TextArea(getTranslation("signing.questions.answer"));
        field.setWidthFull();
        field.setMinRows(3);
        var send = new Button(getTranslation("signing.questions.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send(line, field));
        answers.put(line.id(), field);
        sends.put(line.id(), send);
        card.add(waiting, field, send);
        return card;
    }

    private void send(SignQuestionLine line, TextArea field) {
        var errors = new FieldErrors().bind("answer", field);
        errors.clear();
        try {
            questions.answer(line.id(), field.getValue());
            Notification.show(getTranslation("signing.questions.sent", line.askedBy()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidInput invalid) {
            errors.show(invalid, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.questions.title") + " – " + getTranslation("app.name");
    }
}
