package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import org.jspecify.annotations.Nullable;

/**
 * The polls of the item under discussion, as a facilitator at a 1366 × 768 laptop needs them: the
 * newest with its live tally and the controls to reveal and close it, the earlier ones folded away
 * to one line each (they are history; unfolding one shows it whole), and the form for a poll.
 *
 * <p>The form comes by itself only for an item's first poll, filled in from the item's answer
 * options. Once the item has had a poll, a closed one stays on screen with its result and the form
 * waits behind "Nieuwe stemming", which opens it empty: a form filled in with the last poll again,
 * under its result, read as if that poll were still to be held (issue 19, item 2).
 *
 * <p>A vote redraws only the newest poll's card ({@link #showTally}): not the form the facilitator
 * may be typing in, nor the earlier polls they may have unfolded.
 */
final class PollPanel extends Section {

    /** The newest poll's card and the earlier polls; the parts the tests read as one. */
    final Div status = new Div();
    final Div current = new Div();
    final Div earlier = new Div();
    final PollForm form;
    final Button newPoll = new Button();
    private final MeetingPolls polls;
    private final MeetingAsync async;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;
    /** The earlier polls the facilitator unfolded: they stay open when the console is drawn again. */
    private final Set<Long> unfolded = new HashSet<>();
    private @Nullable Long itemId;
    /** The newest poll's card on screen, if any. */
    private @Nullable PollCard newest;
    /** The facilitator asked for a new poll on an item that has had one. */
    private boolean newPollAsked;

    /**
     * @param act    runs an action as the console's own and shows its outcome
     * @param opened shows the poll just opened from the form
     */
    PollPanel(MeetingPolls polls, MeetingAsync async, LongSupplier meetingId, MeetingFeed feed, Consumer<Runnable> act,
            Runnable opened) {
        this.polls = polls;
        this.async = async;
        this.meetingId = meetingId;
        this.act = act;
        this.form = new PollForm(polls, meetingId, feed, () -> {
            newPollAsked = false;
            opened.run();
        }, this::cancelNewPoll);
        setId("poll-panel");
        addClassName("console-poll");
        status.setId("poll-status");
        current.addClassName("poll-current");
        earlier.setId("earlier-polls");
        earlier.addClassName("earlier-polls");
        status.add(current, earlier);
        newPoll.setText(getTranslation("teamday.poll.new"));
        newPoll.setIcon(VaadinIcon.PLUS.create());
        newPoll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        newPoll.setId("poll-new");
        newPoll.setVisible(false);
        newPoll.addClickListener(click -> {
            newPollAsked = true;
            form.startEmpty();
            form.setVisible(true);
            newPoll.setVisible(false);
            form.question.focus();
        });
        var header = new Div(new H2(getTranslation("teamday.poll.title")), newPoll);
        header.addClassName("console-section-header");
        add(header, form, status);
    }

    /** The facilitator did not want a new poll after all: the form folds back behind its button. */
    private void cancelNewPoll() {
        newPollAsked = false;
        form.setVisible(false);
        newPoll.setVisible(true);
        newPoll.focus();
    }

    void show(MeetingConsole console) {
        var item = console.live().current();
        var shownItem = item == null ? null : item.id();
        if (!Objects.equals(shownItem, itemId)) {
            itemId = shownItem;
            newPollAsked = false;
            unfolded.clear();
        }
        boolean running = console.live().status() == MeetingStatus.BEZIG;
        boolean anyOpen = console.polls().stream().anyMatch(PollState::isOpen);
        boolean mayOpen = running && item != null && !anyOpen;
        if (!mayOpen) {
            newPollAsked = false;
        }
        boolean first = console.polls().isEmpty();
        if (item != null && first) {
            form.prepare(item);
        }
        form.setVisible(mayOpen && (first || newPollAsked));
        newPoll.setVisible(mayOpen && !first && !newPollAsked);
        showCards(console.polls());
    }

    /** The newest poll with the votes as they are now; nothing else on the console changes. */
    void showTally(@Nullable Long itemId) {
        if (itemId == null) {
            return;
        }
        var itemPolls = polls.ofItem(itemId);
        if (itemPolls.isEmpty()) {
            return;
        }
        showNewest(itemPolls.getFirst());
    }

    private void showCards(List<PollState> itemPolls) {
        earlier.removeAll();
        if (itemPolls.isEmpty()) {
            newest = null;
            current.removeAll();
            current.add(new Paragraph(getTranslation("teamday.poll.none")));
            return;
        }
        showNewest(itemPolls.getFirst());
        itemPolls.stream().skip(1).forEach(older -> earlier.add(folded(older)));
    }

    /**
     * The newest poll's card: the one on screen updated in place while it shows the same poll, so a click on its
     * buttons right after a reveal or a vote still reaches them (see {@link PollCard}); a new card for a new poll.
     */
    private void showNewest(PollState poll) {
        var card = newest;
        if (card == null || card.pollId() != poll.id()) {
            card = new PollCard(poll, new PollCard.Controls(() -> act.accept(() -> polls.reveal(poll.id())),
                    () -> act.accept(() -> polls.close(poll.id())),
                    (answerId, hide) -> act.accept(() -> polls.hideAnswer(answerId, hide))));
            newest = card;
            current.removeAll();
            current.add(card);
        } else {
            card.show(poll);
        }
        // with an asynchronous window the facilitator sees live and asynchronous votes apart (decision 0051)
        @Nullable String split = null;
        if (poll.kind() != PollKind.OPEN_VRAAG && async.window(meetingId.getAsLong()).isPresent()) {
            split = async.split(poll.id()).map(votes -> SplitText.of(this, poll, votes)).orElse(null);
        }
        card.showSplit(split);
    }

    /** An earlier poll as one line (question, votes, the answer most chosen); unfolded it shows the whole card. */
    private Details folded(PollState poll) {
        var line = new Span(summary(poll));
        line.addClassName("earlier-poll-summary");
        line.setTitle(line.getText());
        var details = new Details(line, new PollCard(poll, null));
        details.addClassName("earlier-poll");
        details.setOpened(unfolded.contains(poll.id()));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                unfolded.add(poll.id());
            } else {
                unfolded.remove(poll.id());
            }
        });
        return details;
    }

    private String summary(PollState poll) {
        var line = poll.question() + " · " + getTranslation(WordCloudSvg.votersKey(poll.kind()), poll.voters());
        var cloud = poll.cloud();
        if (cloud != null && !cloud.words().isEmpty()) {
            return line + " · " + getTranslation("teamday.poll.top-word", cloud.words().getFirst().text());
        }
        var counts = poll.counts();
        if (counts == null || counts.isEmpty()) {
            return line;
        }
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        var leaders = IntStream.range(0, counts.size()).filter(i -> counts.get(i) == most).toArray();
        if (most == 0 || leaders.length != 1) {
            return line;
        }
        int leader = leaders[0];
        boolean lettered = poll.kind() == PollKind.MEERKEUZE || poll.kind() == PollKind.RANGORDE;
        var answer = lettered ? PollBars.letter(leader) + ". " + poll.options().get(leader)
                : poll.option(this::getTranslation, leader);
        return line + " · " + getTranslation(poll.kind() == PollKind.RANGORDE ? "teamday.poll.first-place"
                : "teamday.poll.most", answer);
    }
}
