package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.PollState;
import org.jspecify.annotations.Nullable;

/**
 * The polls of the item under discussion: the newest with its live tally and the controls to reveal
 * and close it, the earlier ones below it as they ended, and the form for a new poll while none is
 * open. A vote redraws only the tally ({@link #showTally}), not the form the facilitator may be typing in.
 */
final class PollPanel extends Section {

    final Div status = new Div();
    final PollForm form;
    private final MeetingPolls polls;
    private final Consumer<Runnable> act;

    /**
     * @param act    runs an action as the console's own and shows its outcome
     * @param opened shows the poll just opened from the form
     */
    PollPanel(MeetingPolls polls, LongSupplier meetingId, MeetingFeed feed, Consumer<Runnable> act, Runnable opened) {
        this.polls = polls;
        this.act = act;
        this.form = new PollForm(polls, meetingId, feed, opened);
        setId("poll-panel");
        status.setId("poll-status");
        add(new H2(getTranslation("teamday.poll.title")), status, form);
    }

    void show(MeetingConsole console) {
        var current = console.live().current();
        boolean running = console.live().status() == MeetingStatus.BEZIG;
        boolean anyOpen = console.polls().stream().anyMatch(PollState::isOpen);
        form.setVisible(running && current != null && !anyOpen);
        if (current != null) {
            form.prepare(current);
        }
        showCards(console.polls());
    }

    /** The polls of this item with the votes as they are now; nothing else on the console changes. */
    void showTally(@Nullable Long itemId) {
        if (itemId != null) {
            showCards(polls.ofItem(itemId));
        }
    }

    private void showCards(List<PollState> itemPolls) {
        status.removeAll();
        if (itemPolls.isEmpty()) {
            status.add(new Paragraph(getTranslation("teamday.poll.none")));
            return;
        }
        var newest = itemPolls.getFirst();
        status.add(new PollCard(newest, new PollCard.Controls(() -> act.accept(() -> polls.reveal(newest.id())),
                () -> act.accept(() -> polls.close(newest.id())))));
        itemPolls.stream().skip(1).forEach(older -> status.add(new PollCard(older, null)));
    }
}
