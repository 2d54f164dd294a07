package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.codetext.DiffTable;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.signing.CheckQuestionShown;
import nl.codewijzer.signing.SignContext;
import nl.codewijzer.signing.SignPage;
import nl.codewijzer.signing.SignQuestionLine;
import nl.codewijzer.signing.SignQuestions;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.UnderstandingChecks;
import nl.codewijzer.signing.YearlyReconfirmations;
import org.jspecify.annotations.Nullable;

/**
 * The sign flow, for every staff member: the full text of the adopted code (for someone who signed
 * an earlier version, first what changed since), then the confirmation, the typed name and
 * "Ondertekenen". The page remembers the SHA-256 of the exact text it showed; the service signs
 * only if that is the version's text. A version with an understanding check (decision 0043) asks
 * its questions first: a wrong answer shows the explanation and the article, and the confirmation
 * stays locked until every answer is right; the answers go along with the signature, which grades
 * them again. Without anything to sign, it lists one's own signatures.
 * Onboarding sends a new hire here after they set their password.
 */
@Route(Signing.ROUTE)
@PermitAll
@Menu(title = "nav.sign", order = 12, icon = "vaadin:pencil")
public class SignView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Checkbox confirmed = new Checkbox();
    final TextField typedName = new TextField();
    final Button sign = new Button();
    final Div problem = new Div();
    /** The understanding check's questions, by question number; empty when the version has none. */
    final Map<Integer, RadioButtonGroup<Integer>> questions = new LinkedHashMap<>();
    final Button checkAnswers = new Button();
    final Paragraph checkState = new Paragraph();
    private boolean checkPassed;
    /** "Ik heb een vraag voordat ik teken" (decision 0044): opens the question field. */
    final Button askOpen = new Button();
    final TextArea question = new TextArea();
    final Button askSend = new Button();
    final Div myQuestions = new Div();
    private final Div askForm = new Div();
    private final FieldErrors questionErrors = new FieldErrors();
    private final SignQuestions signQuestions;
    private final FieldErrors errors = new FieldErrors();
    private final Signing signing;
    private final SafeMarkdown markdown;
    private @Nullable SignPage page;
    /** The SHA-256 of the Markdown this page rendered: what the person saw is what gets signed. */
    private String shownSha256 = "";

    private final UnderstandingChecks checks;

    SignView(Signing signing, UnderstandingChecks checks, SignQuestions signQuestions, SafeMarkdown markdown) {
        this.signing = signing;
        this.signQuestions = signQuestions;
        this.checks = checks;
        this.markdown = markdown;
        addClassName("page");
        setId("sign");
        confirmed.setLabel(getTranslation("signing.sign.confirm"));
        confirmed.setId("sign-confirm");
        typedName.setLabel(getTranslation("signing.sign.name"));
        typedName.setId("sign-name");
        typedName.setWidthFull();
        typedName.setMaxLength(200);
        typedName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        sign.setText(getTranslation("signing.sign.button"));
        sign.setId("sign-button");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        sign.setDisableOnClick(true); // a double click sends one request; the service is idempotent anyway
        sign.addClickListener(click -> submit());
        problem.setId("sign-problem");
        problem.addClassName("field-error");
        errors.bind("confirmed", confirmed).bind("typedName", typedName);
        checkAnswers.setText(getTranslation("signing.check.button"));
        checkAnswers.setId("check-answers");
        checkAnswers.addClickListener(click -> grade());
        checkState.setId("check-state");
        checkState.addClassName("hint");
        askOpen.setText(getTranslation("signing.question.open"));
        askOpen.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        askOpen.setId("question-open");
        askOpen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        askOpen.addClickListener(click -> {
            askForm.setVisible(true);
            askOpen.setVisible(false);
            question.focus();
        });
        question.setLabel(getTranslation("signing.question.field"));
        question.setId("question-text");
        question.setWidthFull();
        question.setMinRows(3);
        question.setHelperText(getTranslation("signing.question.intro"));
        askSend.setText(getTranslation("signing.question.send"));
        askSend.setId("question-send");
        askSend.addClickListener(click -> ask());
        askForm.add(question, askSend);
        askForm.addClassName("sign-question-form");
        myQuestions.setId("my-questions");
        questionErrors.bind("question", question);
    }

    /** "ondertekenen?versie=12" opens that version; plain "ondertekenen" the most urgent one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var version = event.getLocation().getQueryParameters().getSingleParameter("versie");
        if (version.isPresent()) {
            try {
                show(signing.signPage(Long.parseLong(version.get())));
                return;
            } catch (NumberFormatException | InvalidInput notWaiting) {
                // not (or no longer) this person's to sign: show what is
            }
        }
        show(signing.nextToSign().orElse(null));
    }

    private void show() {
        show(signing.nextToSign().orElse(null));
    }

    private void show(@Nullable SignPage next) {
        removeAll();
        page = next;
        if (page == null) {
            showNothingToSign();
        } else {
            showPage(page);
        }
    }

    private void showPage(SignPage current) {
        var request = current.request();
        add(new H1(getTranslation("signing.sign.title")));
        var intro = new Paragraph(getTranslation(request.overdue() ? "signing.sign.intro.overdue" : "signing.sign.intro",
                request.codeTitle(), request.versionNumber(), Dates.date(this, request.dueDate())));
        intro.setId("sign-intro");
        add(intro);
        if (request.reconfirmation()) {
            // a yearly round (decision 0053): the same text again, so say why it is asked
            var round = new Paragraph(new Span(getTranslation("signing.reconfirm.label",
                    YearlyReconfirmations.label(request.roundYear()))), new Span(" "),
                    new Span(getTranslation("signing.reconfirm.sign-intro")));
            round.getChildren().findFirst().ifPresent(label -> label.getElement().getThemeList().add("badge"));
            round.setId("sign-round");
            add(round);
        }
        if (current.otherOutstanding() > 0) {
            add(new Paragraph(getTranslation("signing.sign.more", current.otherOutstanding())));
        }
        var changes = current.changes();
        if (changes != null) {
            var section = new Section(new H2(getTranslation("signing.sign.changes.title")));
            section.setId("sign-changes");
            var diff = changes.diff();
            section.add(new Paragraph(diff.identical()
                    ? getTranslation("signing.sign.changes.none", changes.from().number())
                    : getTranslation("signing.sign.changes.intro", changes.from().number(), changes.to().number(),
                            diff.changedLines(), diff.addedLines(), diff.removedLines())));
            if (!diff.identical()) {
                var legend = new Div(new Span(getTranslation("signing.sign.changes.legend")),
                        legendItem("diff-del", "signing.sign.changes.removed"),
                        legendItem("diff-ins", "signing.sign.changes.added"));
                legend.addClassName("diff-legend");
                var table = new Div(new Html("<div>" + DiffTable.html(diff, DiffTable.Layout.INLINE, false,
                        hidden -> getTranslation("signing.sign.changes.folded", hidden)) + "</div>"));
                table.addClassName("diff-view");
                section.add(legend, table, new Paragraph(getTranslation("signing.sign.changes.then-read")));
            }
            add(section);
        }
        var text = new Section(new H2(getTranslation("signing.sign.text")));
        text.setId("sign-text");
        var body = new Div(new Html("<div>" + markdown.toHtml(current.markdown()) + "</div>"));
        body.addClassName("markdown-body");
        body.addClassName("signed-text");
        shownSha256 = TextHash.sha256(current.markdown());
        var hash = new Div(new Span(getTranslation("signing.sign.hash")), new Span(" " + shownSha256));
        hash.addClassName("hash");
        text.add(body, hash);
        add(text);

        showCheck(current.check());

        var form = new Section(new H2(getTranslation("signing.sign.form")));
        form.setId("sign-form");
        form.addClassName("sign-form");
        confirmed.setValue(false);
        typedName.clear();
        typedName.setHelperText(getTranslation("signing.sign.name.helper", current.registeredName()));
        errors.clear();
        problem.removeAll();
        problem.setVisible(false);
        unlockForm(checkPassed);
        var kept = new Paragraph(getTranslation(current.recordsContext() ? "signing.sign.kept.with-context"
                : "signing.sign.kept"));
        kept.addClassName("hint");
        form.add(checkState, confirmed, typedName, problem, sign, kept);
        add(form);
        showQuestions(current);
    }

    /** Below the form: one's questions about this version with their answers, and asking another. */
    private void showQuestions(SignPage current) {
        var section = new Section(new H2(getTranslation("signing.question.title")));
        section.setId("sign-question");
        section.addClassName("sign-form");
        question.clear();
        questionErrors.clear();
        askForm.setVisible(false);
        askOpen.setVisible(true);
        listQuestions(signQuestions.mine(current.request().versionId()));
        section.add(myQuestions, askOpen, askForm);
        add(section);
    }

    private void listQuestions(List<SignQuestionLine> mine) {
        myQuestions.removeAll();
        for (var line : mine) {
            var item = new Div();
            item.addClassName("sign-question");
            var asked = new Paragraph(getTranslation("signing.question.asked", Dates.dateTime(this, line.askedAt())));
            asked.addClassName("hint");
            var text = new Paragraph(line.question());
            text.addClassName("question-text");
            item.add(asked, text);
            var answer = line.answer();
            var answeredAt = line.answeredAt();
            if (answer == null || answeredAt == null) {
                var waiting = new Span(getTranslation("signing.question.waiting"));
                waiting.getElement().getThemeList().add("badge contrast");
                item.add(waiting);
            } else {
                var by = new Paragraph(getTranslation("signing.question.answered",
                        java.util.Objects.requireNonNullElse(line.answeredBy(), ""), Dates.dateTime(this, answeredAt)));
                by.addClassName("hint");
                var answerText = new Paragraph(answer);
                answerText.addClassName("question-text");
                item.add(by, answerText);
            }
            myQuestions.add(item);
        }
    }

    private void ask() {
        var current = page;
        if (current == null) {
            return;
        }
        questionErrors.clear();
        try {
            signQuestions.ask(current.request().versionId(), question.getValue());
            question.clear();
            askForm.setVisible(false);
            askOpen.setVisible(true);
            listQuestions(signQuestions.mine(current.request().versionId()));
            com.vaadin.flow.component.notification.Notification.show(getTranslation("signing.question.sent"), 4000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        } catch (InvalidInput invalid) {
            questionErrors.show(invalid, this);
        }
    }

    /** The understanding check above the form: one group of answers per question, graded on request. */
    private void showCheck(List<CheckQuestionShown> check) {
        questions.clear();
        checkPassed = check.isEmpty();
        checkState.setText(check.isEmpty() ? "" : getTranslation("signing.check.locked"));
        checkState.setVisible(!check.isEmpty());
        if (check.isEmpty()) {
            return;
        }
        var section = new Section(new H2(getTranslation("signing.check.title")),
                new Paragraph(getTranslation("signing.check.intro", check.size())));
        section.setId("sign-check");
        section.addClassName("sign-check");
        for (var question : check) {
            var group = new RadioButtonGroup<Integer>(question.number() + ". " + question.question());
            group.setId("check-question-" + question.number());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setWidthFull();
            group.setItems(IntStream.rangeClosed(1, question.options().size()).boxed().toList());
            group.setItemLabelGenerator(option -> question.options().get(option - 1));
            group.addValueChangeListener(change -> lockAgain()); // a changed answer is graded again first
            questions.put(question.number(), group);
            section.add(group);
        }
        checkAnswers.setEnabled(true);
        section.add(checkAnswers);
        add(section);
    }

    /** Grades the answers: the wrong ones show why and where; all right opens the form below. */
    private void grade() {
        var current = page;
        if (current == null) {
            return;
        }
        questions.values().forEach(group -> {
            group.setErrorMessage(null);
            group.setInvalid(false);
        });
        var wrong = checks.grade(current.request().versionId(), answers());
        for (var answer : wrong) {
            var group = questions.get(answer.number());
            if (group != null) {
                var key = group.getValue() == null ? "signing.check.unanswered" : "signing.check.wrong";
                FieldErrors.showAt(group, getTranslation(key, answer.explanation(), answer.article()));
            }
        }
        checkPassed = wrong.isEmpty();
        checkState.setText(getTranslation(checkPassed ? "signing.check.passed" : "signing.check.locked"));
        unlockForm(checkPassed);
    }

    private void lockAgain() {
        if (checkPassed && !questions.isEmpty()) {
            checkPassed = false;
            checkState.setText(getTranslation("signing.check.locked"));
            unlockForm(false);
        }
    }

    private void unlockForm(boolean open) {
        confirmed.setEnabled(open);
        typedName.setEnabled(open);
        sign.setEnabled(open);
    }

    private Map<Integer, Integer> answers() {
        var result = new LinkedHashMap<Integer, Integer>();
        questions.forEach((number, group) -> {
            var value = group.getValue();
            if (value != null) {
                result.put(number, value);
            }
        });
        return result;
    }

    private void submit() {
        var current = page;
        if (current == null) {
            return;
        }
        errors.clear();
        problem.setVisible(false);
        try {
            var receipt = signing.sign(current.request().versionId(), confirmed.getValue(), typedName.getValue(),
                    shownSha256, answers(), context());
            getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, receipt.signatureId()));
        } catch (InvalidInput invalid) {
            // no longer the version to sign, or its check changed since the page was shown
            var versionProblem = invalid.problems().stream()
                    .filter(p -> p.field().equals("version") || p.field().equals("check")).findFirst();
            if (versionProblem.isPresent()) {
                // no longer the version to sign: say so where the button was, and offer the current one
                var reason = versionProblem.get();
                problem.removeAll();
                problem.add(new Paragraph(getTranslation(reason.messageKey(), reason.args().toArray())),
                        new Button(getTranslation("signing.sign.reload"), VaadinIcon.REFRESH.create(), click -> show()));
                problem.setVisible(true);
            } else {
                errors.show(invalid, this);
            }
            sign.setEnabled(true);
        } catch (RuntimeException unexpected) {
            sign.setEnabled(true); // the error handler tells the person; the button must work for a second try
            throw unexpected;
        }
    }

    private SignContext context() {
        var session = VaadinSession.getCurrent();
        var browser = session == null ? null : session.getBrowser();
        return browser == null ? SignContext.NONE : new SignContext(browser.getAddress(), browser.getBrowserApplication());
    }

    private void showNothingToSign() {
        add(new H1(getTranslation("signing.mine.title")));
        var nothing = new Paragraph(getTranslation("signing.mine.nothing"));
        nothing.setId("sign-nothing");
        add(nothing);
        var mine = signing.mySignatures();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("signing.mine.none")));
            return;
        }
        add(new H2(getTranslation("signing.mine.signed")));
        var list = new Div();
        list.addClassName("signature-list");
        for (var receipt : mine) {
            var open = new Button(getTranslation("signing.mine.open"), VaadinIcon.FILE_TEXT_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, receipt.signatureId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var line = new Div(new Span(getTranslation("signing.mine.line", receipt.codeTitle(), receipt.versionNumber(),
                    Dates.dateTime(this, receipt.signedAt()))), open);
            line.addClassName("signature-line");
            list.add(line);
        }
        add(list);
    }

    private Span legendItem(String className, String key) {
        var item = new Span(getTranslation(key));
        item.addClassName(className);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(page == null ? "signing.mine.title" : "signing.sign.title") + " – " + getTranslation("app.name");
    }
}
