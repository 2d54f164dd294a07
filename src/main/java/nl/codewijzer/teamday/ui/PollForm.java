package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;

/**
 * A new poll on the item under discussion: a statement, a scale, a choice between the item's answer
 * options (or options typed here) or a ranking of them, named or anonymous. Filled in from the item when it becomes
 * current; what the facilitator types stays when the meeting pushes a change.
 */
final class PollForm extends Div {

    final Select<PollKind> kind = new Select<>();
    final TextArea question = new TextArea();
    final TextArea options = new TextArea();
    final Checkbox anonymous = new Checkbox();
    final Button open = new Button();
    final Button cancel = new Button();
    private final FieldErrors errors = new FieldErrors();
    private long itemId = -1;

    /**
     * @param feed   the console's feed: the poll opened here is the console's own action
     * @param opened shows the opened poll
     * @param cancelled folds the form away again (only offered for a further poll)
     */
    PollForm(MeetingPolls polls, java.util.function.LongSupplier meetingId, MeetingFeed feed, Runnable opened,
            Runnable cancelled) {
        addClassName("poll-form");
        setId("poll-form");
        kind.setLabel(getTranslation("teamday.poll.kind"));
        kind.setItems(PollKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("teamday.poll.kind." + value.name()));
        kind.addValueChangeListener(change -> options.setVisible(change.getValue() == PollKind.MEERKEUZE
                || change.getValue() == PollKind.RANGORDE));
        question.setLabel(getTranslation("teamday.poll.question"));
        question.setMaxLength(MeetingPolls.MAX_QUESTION);
        question.setWidthFull();
        options.setLabel(getTranslation("teamday.poll.options"));
        options.setHelperText(getTranslation("teamday.poll.options.helper"));
        options.setWidthFull();
        anonymous.setLabel(getTranslation("teamday.poll.anonymous"));
        anonymous.setHelperText(getTranslation("teamday.poll.anonymous.helper"));
        anonymous.setValue(true);
        open.setText(getTranslation("teamday.poll.open"));
        open.setIcon(VaadinIcon.PLAY.create());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("poll-open");
        open.addClickListener(click -> {
            try {
                feed.ownAction(() -> polls.open(meetingId.getAsLong(), kind.getValue(), question.getValue(),
                        options.getValue().lines().toList(), anonymous.getValue()));
                errors.clear();
                opened.run();
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("poll-cancel");
        cancel.setVisible(false);
        cancel.addClickListener(click -> {
            errors.clear();
            cancelled.run();
        });
        errors.bind("question", question).bind("options", options);
        var buttons = new Div(open, cancel);
        buttons.addClassName("toolbar");
        add(kind, question, options, anonymous, buttons);
        FacilitatorKeys.keepTyping(this);
    }

    /** Fills the form from the item for its first poll, unless it is already filled from this item. */
    void prepare(AgendaItem item) {
        if (item.id() == itemId) {
            return;
        }
        itemId = item.id();
        cancel.setVisible(false);
        var choices = item.options();
        kind.setValue(choices.size() >= 2 ? PollKind.MEERKEUZE : PollKind.STELLING);
        question.setValue(item.title());
        options.setValue(String.join("\n", choices));
        anonymous.setValue(true);
        errors.clear();
    }

    /** An empty form for a further poll on the item: a statement unless the facilitator chooses otherwise. */
    void startEmpty() {
        itemId = -1;
        kind.setValue(PollKind.STELLING);
        question.clear();
        options.clear();
        anonymous.setValue(true);
        errors.clear();
        cancel.setVisible(true);
    }
}
