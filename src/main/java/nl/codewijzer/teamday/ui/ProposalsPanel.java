package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Objects;
import java.util.function.Consumer;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.ScrollRegions;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.Proposal;
import org.jspecify.annotations.Nullable;

/**
 * The proposals sent from the phones, newest first: each can become a poll (while none is open) or
 * the text of the decision being written.
 */
final class ProposalsPanel extends Div {

    private final MeetingPolls polls;
    private final DecisionForm decision;
    private final Consumer<Runnable> act;

    /**
     * @param decision the console's decision form, which a proposal's text can be copied into
     * @param act      runs an action as the console's own and shows its outcome
     */
    ProposalsPanel(MeetingPolls polls, DecisionForm decision, Consumer<Runnable> act) {
        this.polls = polls;
        this.decision = decision;
        this.act = act;
        setId("proposals");
        addClassName("console-proposals");
        // many proposals scroll within their box (above the decision): reachable by keyboard too
        ScrollRegions.reachable(this, getTranslation("teamday.proposals"));
    }

    void show(MeetingConsole console) {
        removeAll();
        if (console.proposals().isEmpty()) {
            add(new Paragraph(getTranslation("teamday.proposals.none")));
            return;
        }
        boolean running = console.live().status() == MeetingStatus.BEZIG;
        boolean canPoll = running && console.polls().stream().noneMatch(PollState::isOpen);
        for (Proposal proposal : console.proposals()) {
            var card = new Div();
            card.addClassName("card");
            card.addClassName("proposal");
            var item = console.agenda().stream().filter(entry -> Objects.equals(entry.id(), proposal.itemId()))
                    .findFirst().map(entry -> entry.position() + ". ").orElse("");
            var who = new Paragraph(proposal.author() + " · " + Dates.dateTime(this, proposal.createdAt()) + " · "
                    + (proposal.async() ? getTranslation("teamday.proposal.async") + " · " : "")
                    + getTranslation("teamday.proposal.at-item", item + itemTitle(console, proposal.itemId())));
            who.addClassName("muted");
            var toPoll = new Button(getTranslation("teamday.proposal.poll"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                    click -> act.accept(() -> polls.openFromProposal(proposal.id(), true)));
            toPoll.setEnabled(canPoll);
            var asText = new Button(getTranslation("teamday.proposal.use"), VaadinIcon.PENCIL.create(), click -> {
                decision.useText(proposal.text());
                decision.text.focus();
            });
            asText.setEnabled(running && decision.isVisible());
            var buttons = new Div(toPoll, asText);
            buttons.addClassName("toolbar");
            card.add(new Paragraph(proposal.text()), who, buttons);
            add(card);
        }
    }

    private static String itemTitle(MeetingConsole console, @Nullable Long itemId) {
        return console.agenda().stream().filter(item -> Objects.equals(item.id(), itemId)).findFirst()
                .map(AgendaItem::title).orElse("");
    }
}
