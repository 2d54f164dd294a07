package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.Decision;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.Minutes.FollowUpAction;
import nl.codewijzer.teamday.MeetingDecisions;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one agenda item: the text that goes into the code, the rationale, exceptions,
 * follow-up actions and the status. Knows whether the facilitator changed anything since it was
 * loaded, so a push from the meeting never throws away what they are typing.
 */
final class DecisionForm extends Section {

    final H2 heading = new H2();
    final Paragraph itemTitle = new Paragraph();
    final Select<DecisionStatus> status = new Select<>();
    final TextArea text = new TextArea();
    final TextArea rationale = new TextArea();
    final TextField exceptions = new TextField();
    final Div followUps = new Div();
    final Paragraph followUpError = new Paragraph();
    final Button addFollowUp = new Button();
    final Button save = new Button();
    private final List<FollowUpRow> rows = new ArrayList<>();
    private final FieldErrors errors = new FieldErrors();
    private @Nullable AgendaItem item;
    private boolean dirty;

    /** One follow-up action's fields. */
    final class FollowUpRow extends Div {
        /** A text area that grows with its text, over the row's full width: an action is often a sentence. */
        final TextArea action = new TextArea();
        final TextField owner = new TextField();
        final DatePicker due = LocalizedComponents.datePicker(getTranslation("teamday.follow-up.due"));

        FollowUpRow(@Nullable FollowUpAction value) {
            addClassName("follow-up-row");
            action.setLabel(getTranslation("teamday.follow-up.action"));
            action.setMaxLength(MeetingDecisions.MAX_ACTION);
            action.addClassName("follow-up-action");
            owner.setLabel(getTranslation("teamday.follow-up.owner"));
            owner.setMaxLength(MeetingDecisions.MAX_OWNER);
            if (value != null) {
                action.setValue(value.action());
                owner.setValue(value.owner());
                due.setValue(value.due());
            }
            watch(action);
            watch(owner);
            watch(due);
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                followUps.remove(this);
                dirty = true;
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("teamday.follow-up.remove"));
            add(action, owner, due, remove);
        }

        FollowUpAction value() {
            return new FollowUpAction(action.getValue(), owner.getValue(), due.getValue());
        }
    }

    DecisionForm() {
        addClassName("decision-form");
        setId("decision-form");
        heading.setText(getTranslation("teamday.decision.title"));
        itemTitle.addClassName("muted");
        status.setLabel(getTranslation("teamday.decision.status"));
        status.setItems(DecisionStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("teamday.decision.status." + value.name()));
        text.setLabel(getTranslation("teamday.decision.text"));
        text.setHelperText(getTranslation("teamday.decision.text.helper"));
        text.setWidthFull();
        rationale.setLabel(getTranslation("teamday.decision.rationale"));
        rationale.setWidthFull();
        exceptions.setLabel(getTranslation("teamday.decision.exceptions"));
        exceptions.setHelperText(getTranslation("teamday.decision.exceptions.helper"));
        exceptions.setWidthFull();
        followUps.addClassName("follow-ups");
        followUpError.addClassName("field-error");
        followUpError.setVisible(false);
        addFollowUp.setText(getTranslation("teamday.follow-up.add"));
        addFollowUp.setIcon(VaadinIcon.PLUS.create());
        addFollowUp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFollowUp.addClickListener(click -> {
            addRow(null);
            dirty = true;
        });
        save.setText(getTranslation("teamday.decision.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("decision-save");
        watch(status);
        watch(text);
        watch(rationale);
        watch(exceptions);
        errors.bind("status", status).bind("text", text).bind("rationale", rationale).bind("exceptions", exceptions);
        add(heading, itemTitle, status, text, rationale, exceptions, new H3(getTranslation("teamday.follow-ups")),
                followUps, followUpError, addFollowUp, save);
        FacilitatorKeys.keepTyping(this);
    }

    private void watch(HasValue<?, ?> field) {
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                dirty = true;
            }
        });
    }

    /** Shows the item's stored decision; anything typed before is replaced. */
    void load(AgendaItem item, boolean editable) {
        this.item = item;
        var decision = item.decision();
        itemTitle.setText(item.position() + ". " + item.title());
        status.setValue(decision.status());
        text.setValue(decision.text());
        rationale.setValue(decision.rationale());
        exceptions.setValue(decision.exceptions());
        rows.clear();
        followUps.removeAll();
        decision.followUps().forEach(this::addRow);
        errors.clear();
        followUpError.setVisible(false);
        dirty = false;
        setEnabled(editable);
    }

    private void addRow(@Nullable FollowUpAction value) {
        var row = new FollowUpRow(value);
        rows.add(row);
        followUps.add(row);
    }

    /**
     * Someone else saved a decision on this item meanwhile: the form now continues on their version,
     * keeping what this facilitator typed, so saving again is a conscious choice and nothing is lost.
     */
    void rebase(AgendaItem latest) {
        this.item = latest;
        dirty = true;
    }

    /** Puts a proposal's text into the decision text, as a start to edit from. */
    void useText(String proposal) {
        text.setValue(proposal);
        if (status.getValue() == DecisionStatus.OPEN) {
            status.setValue(DecisionStatus.BESLOTEN);
        }
        dirty = true;
    }

    @Nullable AgendaItem item() {
        return item;
    }

    boolean isDirty() {
        return dirty;
    }

    Decision value() {
        return new Decision(status.getValue() == null ? DecisionStatus.OPEN : status.getValue(), text.getValue(),
                rationale.getValue(), exceptions.getValue(), rows.stream().map(FollowUpRow::value).toList());
    }

    void show(InvalidInput refused) {
        followUpError.setVisible(false);
        var placed = refused.problems().stream().filter(problem -> !problem.field().equals("followUps")).toList();
        if (!placed.isEmpty()) {
            errors.show(new InvalidInput(placed), this);
        } else {
            errors.clear();
        }
        refused.problems().stream().filter(problem -> problem.field().equals("followUps")).findFirst()
                .ifPresent(problem -> {
                    followUpError.setText(getTranslation(problem.messageKey(), problem.args().toArray()));
                    followUpError.setVisible(true);
                });
    }
}
