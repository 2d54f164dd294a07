package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingStatus;
import org.jspecify.annotations.Nullable;

/**
 * The agenda with each item's decision status: move, skip, edit and add items until the meeting is
 * closed, go to an item while it runs, and choose the item whose decision the form shows.
 */
final class AgendaPanel extends Div {

    private final MeetingPlanning planning;
    private final MeetingFlow flow;
    private final MeetingFeed feed;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;
    private final LongConsumer decide;
    private final Runnable refresh;

    /**
     * @param act     runs an action as the console's own and shows its outcome
     * @param decide  shows the decision of this item in the form
     * @param refresh redraws the console after an edit in a dialog
     */
    AgendaPanel(MeetingPlanning planning, MeetingFlow flow, MeetingFeed feed, LongSupplier meetingId,
            Consumer<Runnable> act, LongConsumer decide, Runnable refresh) {
        this.planning = planning;
        this.flow = flow;
        this.feed = feed;
        this.meetingId = meetingId;
        this.act = act;
        this.decide = decide;
        this.refresh = refresh;
        setId("agenda");
        addClassName("console-agenda");
    }

    /** @param currentId the item under discussion, if the meeting runs */
    void show(MeetingConsole console, @Nullable Long currentId) {
        removeAll();
        boolean editable = console.live().status() != MeetingStatus.AFGESLOTEN;
        boolean running = console.live().status() == MeetingStatus.BEZIG;
        var items = console.agenda();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var row = new Div();
            row.addClassName("agenda-row");
            row.setId("agenda-item-" + item.id());
            if (Objects.equals(currentId, item.id())) {
                row.addClassName("current");
            }
            if (item.skipped()) {
                row.addClassName("skipped");
            }
            var label = new Span(item.position() + ". " + item.title());
            label.addClassName("agenda-title");
            var badge = new Span(item.skipped() ? getTranslation("teamday.item.skipped")
                    : getTranslation("teamday.decision.status." + item.decision().status().name()));
            badge.getElement().getThemeList().add("badge");
            row.add(label, badge);
            var buttons = new Div();
            buttons.addClassName("agenda-buttons");
            if (editable) {
                buttons.add(small(VaadinIcon.ARROW_UP, "teamday.item.up", i > 0,
                        () -> act.accept(() -> planning.moveItem(item.id(), -1))));
                buttons.add(small(VaadinIcon.ARROW_DOWN, "teamday.item.down", i < items.size() - 1,
                        () -> act.accept(() -> planning.moveItem(item.id(), +1))));
                buttons.add(small(item.skipped() ? VaadinIcon.ROTATE_LEFT : VaadinIcon.BAN,
                        item.skipped() ? "teamday.item.unskip" : "teamday.item.skip", true,
                        () -> act.accept(() -> planning.skipItem(item.id(), !item.skipped()))));
                buttons.add(small(VaadinIcon.EDIT, "teamday.item.edit", true, () -> new ItemDialog(item,
                        text -> feed.ownAction(() -> planning.editItem(item.id(), item.version(), text)),
                        refresh).open()));
            }
            if (running && !item.skipped() && !Objects.equals(currentId, item.id())) {
                buttons.add(small(VaadinIcon.PRESENTATION, "teamday.item.go-to", true,
                        () -> act.accept(() -> flow.goTo(meetingId.getAsLong(), item.id()))));
            }
            buttons.add(small(VaadinIcon.GAVEL, "teamday.item.decision", true, () -> decide.accept(item.id())));
            row.add(buttons);
            add(row);
        }
        if (editable) {
            var add = new Button(getTranslation("teamday.item.add"), VaadinIcon.PLUS.create(), click -> new ItemDialog(null,
                    text -> feed.ownAction(() -> planning.addTopic(meetingId.getAsLong(), text)), refresh).open());
            add.setId("add-topic");
            add(add);
        }
    }

    private Button small(VaadinIcon icon, String labelKey, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }
}
