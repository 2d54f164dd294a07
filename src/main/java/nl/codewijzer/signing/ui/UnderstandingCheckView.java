package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.CheckQuestion;
import nl.codewijzer.signing.CheckVersion;
import nl.codewijzer.signing.UnderstandingCheck;
import nl.codewijzer.signing.UnderstandingChecks;
import org.jspecify.annotations.Nullable;

/**
 * The coördinator's and the schoolleiding's editor of a version's understanding check (issue 14,
 * decision 0043): up to five questions, each with two to four answers, the right one marked, a
 * one-line explanation and the article it comes from. "Suggesties invullen" fills empty places
 * with the five checklist suggestions. Saving replaces the whole check; the service checks every
 * field first and the problems show at their fields, with nothing saved. After the version's first
 * signature the check is shown read-only.
 */
@Route(UnderstandingChecks.ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.check", order = 31, icon = "vaadin:question-circle-o")
public class UnderstandingCheckView extends Main implements HasDynamicTitle {

    final Select<CheckVersion> version = new Select<>();
    final Div cards = new Div();
    /** Problems with the check as a whole: too many questions, frozen, a closed version. */
    final Div setProblem = new Div();
    final Paragraph state = new Paragraph();
    final Button add = new Button();
    final Button suggest = new Button();
    final Button save = new Button();
    final List<QuestionCard> questions = new ArrayList<>();
    private final UnderstandingChecks checks;
    private @Nullable UnderstandingCheck shown;

    UnderstandingCheckView(UnderstandingChecks checks) {
        this.checks = checks;
        addClassName("page");
        setId("understanding-check");
        add(new H1(getTranslation("signing.check.editor.title")),
                new Paragraph(getTranslation("signing.check.editor.intro")));
        version.setLabel(getTranslation("signing.check.editor.version"));
        version.setId("check-version");
        version.setWidthFull();
        version.setItemLabelGenerator(item -> getTranslation("signing.check.editor.version.label", item.codeTitle(),
                item.versionNumber(), getTranslation("version.status." + item.status().name()), item.questions()));
        version.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(checks.check(change.getValue().versionId()));
            }
        });
        setProblem.setId("check-problem");
        setProblem.addClassName("field-error");
        setProblem.setVisible(false);
        state.setId("check-state");
        state.addClassName("hint");
        cards.setId("check-questions");
        cards.addClassName("check-questions");
        add.setText(getTranslation("signing.check.editor.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("check-add");
        add.addClickListener(click -> addCard(null));
        suggest.setText(getTranslation("signing.check.editor.suggest"));
        suggest.setIcon(VaadinIcon.LIGHTBULB.create());
        suggest.setId("check-suggest");
        suggest.addClickListener(click -> fillSuggestions());
        save.setText(getTranslation("signing.check.editor.save"));
        save.setId("check-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var actions = new Div(add, suggest, save);
        actions.addClassName("check-actions");

        var versions = checks.versions();
        if (versions.isEmpty()) {
            var none = new Paragraph(getTranslation("signing.check.editor.none"));
            none.setId("check-none");
            add(none);
            return;
        }
        add(version, state, setProblem, cards, actions);
        version.setItems(versions);
        // the adopted version first if there is one: that is the one people are signing
        version.setValue(versions.stream().filter(v -> v.status() == nl.codewijzer.codetext.VersionStatus.VASTGESTELD)
                .findFirst().orElse(versions.getFirst()));
    }

    private void show(UnderstandingCheck check) {
        shown = check;
        questions.clear();
        cards.removeAll();
        setProblem.removeAll();
        setProblem.setVisible(false);
        check.questions().forEach(this::addCard);
        state.setText(check.frozen() ? getTranslation("signing.check.editor.frozen")
                : check.questions().isEmpty() ? getTranslation("signing.check.editor.empty") : "");
        state.setVisible(check.frozen() || check.questions().isEmpty());
        questions.forEach(card -> card.setReadOnly(check.frozen()));
        save.setVisible(!check.frozen());
        suggest.setVisible(!check.frozen());
        updateAdd();
    }

    private void addCard(@Nullable CheckQuestion question) {
        var check = shown;
        if (check == null || questions.size() >= UnderstandingChecks.MAX_QUESTIONS) {
            return;
        }
        var card = new QuestionCard(check.articles());
        if (question != null) {
            card.fill(question);
        }
        questions.add(card);
        cards.add(card);
        renumber();
        updateAdd();
    }

    private void remove(QuestionCard card) {
        questions.remove(card);
        cards.remove(card);
        renumber();
        updateAdd();
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).number(i + 1);
        }
    }

    private void updateAdd() {
        var check = shown;
        add.setVisible(check != null && !check.frozen());
        add.setEnabled(questions.size() < UnderstandingChecks.MAX_QUESTIONS);
    }

    /** Puts the suggestions not yet used into empty questions first, then into new ones, up to five. */
    private void fillSuggestions() {
        var used = questions.stream().map(card -> card.question.getValue().strip()).toList();
        var unused = new ArrayList<>(checks.suggestions(getLocale()).stream()
                .filter(suggestion -> !used.contains(suggestion.question())).toList());
        for (var card : questions) {
            if (!unused.isEmpty() && card.isEmpty()) {
                card.fill(unused.removeFirst());
            }
        }
        while (!unused.isEmpty() && questions.size() < UnderstandingChecks.MAX_QUESTIONS) {
            addCard(unused.removeFirst());
        }
        state.setVisible(false);
    }

    private void save() {
        var check = shown;
        if (check == null) {
            return;
        }
        var errors = new FieldErrors();
        for (var card : questions) {
            card.bind(errors);
        }
        errors.clear();
        setProblem.removeAll();
        setProblem.setVisible(false);
        try {
            var saved = checks.replace(check.versionId(), questions.stream().map(QuestionCard::value).toList());
            Notification.show(getTranslation("signing.check.editor.saved", saved.questions().size()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // the list's count of questions changed: refresh it, keeping this version chosen
            var versions = checks.versions();
            version.setItems(versions);
            version.setValue(versions.stream().filter(v -> v.versionId() == check.versionId()).findFirst()
                    .orElse(null));
            show(saved);
        } catch (InvalidInput invalid) {
            var forTheSet = invalid.problems().stream().filter(p -> p.field().equals("questions")).toList();
            for (var problem : forTheSet) {
                setProblem.add(new Paragraph(getTranslation(problem.messageKey(), problem.args().toArray())));
            }
            setProblem.setVisible(!forTheSet.isEmpty());
            var atFields = invalid.problems().stream().filter(p -> !p.field().equals("questions")).toList();
            if (!atFields.isEmpty()) {
                errors.show(new InvalidInput(atFields), this);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.check.editor.title") + " – " + getTranslation("app.name");
    }

    /** One question's fields. */
    final class QuestionCard extends Section {

        final H2 title = new H2();
        final TextArea question = new TextArea();
        final List<TextField> options = new ArrayList<>();
        final RadioButtonGroup<Integer> right = new RadioButtonGroup<>();
        final TextField explanation = new TextField();
        final Select<String> article = new Select<>();
        final Button remove = new Button();
        private int number;

        QuestionCard(List<String> articles) {
            addClassName("check-card");
            question.setWidthFull();
            question.setMaxLength(UnderstandingChecks.MAX_QUESTION);
            add(title, question);
            for (int o = 1; o <= UnderstandingChecks.MAX_OPTIONS; o++) {
                var option = new TextField(getTranslation("signing.check.editor.option", o));
                option.setWidthFull();
                option.setMaxLength(UnderstandingChecks.MAX_OPTION);
                options.add(option);
                add(option);
            }
            right.setLabel(getTranslation("signing.check.editor.right"));
            right.setItems(IntStream.rangeClosed(1, UnderstandingChecks.MAX_OPTIONS).boxed().toList());
            right.setItemLabelGenerator(o -> getTranslation("signing.check.editor.option", o));
            explanation.setLabel(getTranslation("signing.check.editor.explanation"));
            explanation.setWidthFull();
            explanation.setMaxLength(UnderstandingChecks.MAX_EXPLANATION);
            article.setLabel(getTranslation("signing.check.editor.article"));
            article.setItems(articles);
            article.setWidthFull();
            remove.setText(getTranslation("signing.check.editor.remove"));
            remove.setIcon(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> UnderstandingCheckView.this.remove(this));
            add(right, explanation, article, remove);
        }

        void number(int n) {
            number = n;
            setId("check-card-" + n);
            title.setText(getTranslation("signing.check.editor.question", n));
            question.setLabel(getTranslation("signing.check.editor.question", n));
        }

        void fill(CheckQuestion value) {
            question.setValue(value.question());
            for (int o = 0; o < options.size(); o++) {
                options.get(o).setValue(o < value.options().size() ? value.options().get(o) : "");
            }
            right.setValue(value.rightOption());
            explanation.setValue(value.explanation());
            article.setValue(value.article().isEmpty() ? null : value.article());
        }

        boolean isEmpty() {
            return question.getValue().isBlank() && options.stream().allMatch(option -> option.getValue().isBlank());
        }

        CheckQuestion value() {
            var chosen = article.getValue();
            return new CheckQuestion(question.getValue(), options.stream().map(TextField::getValue).toList(),
                    right.getValue(), explanation.getValue(), chosen == null ? "" : chosen);
        }

        void bind(FieldErrors errors) {
            var field = "question." + number + ".";
            errors.bind(field + "question", question);
            for (int o = 0; o < options.size(); o++) {
                errors.bind(field + "option." + (o + 1), options.get(o));
            }
            errors.bind(field + "options", options.getLast());
            errors.bind(field + "right", right);
            errors.bind(field + "explanation", explanation);
            errors.bind(field + "article", article);
        }

        void setReadOnly(boolean readOnly) {
            question.setReadOnly(readOnly);
            options.forEach(option -> option.setReadOnly(readOnly));
            right.setReadOnly(readOnly);
            explanation.setReadOnly(readOnly);
            article.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
