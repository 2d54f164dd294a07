package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.TeamDayRoutes;
import nl.codewijzer.teamday.TeamMeetings;
import org.jspecify.annotations.Nullable;

/**
 * Where a staff member who was not in the room votes on the polls they missed, while the meeting's
 * asynchronous window is open (issue 15, decision 0051): one poll at a time, oldest first, on a 360
 * pixel phone or a desktop. An asynchronous vote cannot be changed, so an answer is first chosen and
 * then sent. Below the polls, a proposal (a suggested rule text) for any agenda item, as phones in the
 * room send one for the item under discussion. The service checks the role, the window and the one vote
 * per person again.
 */
@Route(value = TeamDayRoutes.ASYNC, autoLayout = false)
@RolesAllowed({Role.Names.BEHEERDER, Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING, Role.Names.MEDEWERKER})
@StyleSheet("styles/teamday.css")
public class AsyncVoteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingAsync async;
    private long meetingId;
    private String title = "";

    final H1 heading = new H1();
    final Paragraph status = new Paragraph();
    final Div pollArea = new Div();
    final Paragraph sent = new Paragraph();
    final Button send = new Button();
    /** The poll on screen and the answer chosen in it, not yet sent. */
    private long pollId;
    private @Nullable Integer chosen;
    private final List<Integer> rankingOrder = new ArrayList<>();
    final Div proposalArea = new Div();
    final Select<AgendaItem> proposalItem = new Select<>();
    final TextArea proposalText = new TextArea();
    final Button proposalSend = new Button();
    final Paragraph proposalSent = new Paragraph();
    /** An open question's answer: one instance, so what is being typed survives a refusal. */
    private final OpenAnswerForm answerForm;
    final TextArea answerField;
    final Button answerSend;

    AsyncVoteView(TeamMeetings meetings, MeetingAsync async) {
        this.meetings = meetings;
        this.async = async;
        addClassName("phone");
        addClassName("async-vote");
        setId("async-vote");
        var brand = new Span(getTranslation("app.name") + " · " + getTranslation("teamday.phone.brand"));
        brand.addClassName("phone-brand");
        var header = new Header(brand, new Anchor("", getTranslation("teamday.phone.home")));
        header.addClassName("phone-header");
        heading.addClassName("phone-title");
        status.setId("async-vote-status");
        status.addClassName("muted");
        pollArea.setId("async-poll");
        pollArea.addClassName("phone-poll");
        sent.setId("async-sent");
        sent.setVisible(false);
        send.setText(getTranslation("teamday.async.vote.send"));
        send.setId("async-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("async-send");
        send.addClickListener(click -> {
            var choice = chosen;
            if (choice != null) {
                cast(() -> async.vote(pollId, choice), PhoneView.answer(this::getTranslation, current(), choice));
            }
        });
        answerForm = new OpenAnswerForm("async-answer", "teamday.async.answer.helper", this::sendAnswer, null);
        answerField = answerForm.field;
        answerSend = answerForm.send;
        answerSend.addClassName("async-send");
        proposalArea.setId("async-proposal");
        proposalArea.addClassName("phone-poll");
        proposalItem.setLabel(getTranslation("teamday.async.proposal.item"));
        proposalItem.setId("async-proposal-item");
        proposalItem.setItemLabelGenerator(item -> item.position() + ". " + item.title());
        proposalItem.setWidthFull();
        proposalText.setLabel(getTranslation("teamday.async.proposal.text"));
        proposalText.setId("async-proposal-text");
        proposalText.setMaxLength(MeetingPolls.MAX_PROPOSAL);
        proposalText.setWidthFull();
        proposalSend.setText(getTranslation("teamday.async.proposal.send"));
        proposalSend.setId("async-proposal-send");
        proposalSend.addClickListener(click -> propose());
        proposalSent.setId("async-proposal-sent");
        proposalSent.setVisible(false);
        proposalArea.add(new H2(getTranslation("teamday.async.proposal.title")),
                new Paragraph(getTranslation("teamday.async.proposal.intro")), proposalItem, proposalText, proposalSend,
                proposalSent);
        add(header, heading, status, sent, pollArea, proposalArea);
    }

    /** Sends the proposal; the text goes once it is sent, a refusal is shown at its field. */
    private void propose() {
        proposalText.setInvalid(false);
        proposalItem.setInvalid(false);
        var item = proposalItem.getValue();
        if (item == null) {
            proposalItem.setErrorMessage(getTranslation("teamday.async.proposal.item-needed"));
            proposalItem.setInvalid(true);
            return;
        }
        try {
            async.propose(meetingId, item.id(), proposalText.getValue());
            proposalText.clear();
            proposalSent.setText(getTranslation("teamday.async.proposal.sent", item.position() + ". " + item.title()));
            proposalSent.setVisible(true);
        } catch (InvalidInput refused) {
            var problem = refused.problems().getFirst();
            var message = getTranslation(problem.messageKey(), problem.args().toArray());
            proposalSent.setVisible(false);
            if (problem.field().equals("item")) {
                proposalItem.setErrorMessage(message);
                proposalItem.setInvalid(true);
            } else {
                proposalText.setErrorMessage(message);
                proposalText.setInvalid(true);
            }
        }
    }

    private void showProposals(List<AgendaItem> items) {
        proposalArea.setVisible(!items.isEmpty());
        var chosenItem = proposalItem.getValue();
        proposalItem.setItems(items);
        if (chosenItem != null) {
            items.stream().filter(item -> item.id() == chosenItem.id()).findFirst().ifPresent(proposalItem::setValue);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(0L);
        var meeting = meetings.meeting(meetingId);
        title = getTranslation("teamday.async.vote.title", meeting.title());
        heading.setText(meeting.title());
        sent.setVisible(false);
        refresh();
    }

    private @Nullable PollState shownPoll;

    private PollState current() {
        return java.util.Objects.requireNonNull(shownPoll);
    }

    /** Draws the page from one look at the window (the service's offer): status, the next poll, the topics. */
    void refresh() {
        pollArea.removeAll();
        var offer = async.offer(meetingId);
        showProposals(offer.topics());
        var window = offer.window().filter(MeetingAsync.Window::open);
        var votable = offer.polls();
        shownPoll = votable.isEmpty() ? null : votable.getFirst();
        if (window.isEmpty()) {
            var ahead = offer.window().filter(w -> !w.ended() && !w.open());
            status.setText(ahead.map(w -> getTranslation("teamday.async.vote.ahead",
                    Dates.dateTime(this, w.startsAt().atZone(SchoolTime.ZONE).toInstant())))
                    .orElseGet(() -> getTranslation("teamday.async.vote.closed")));
            pollArea.setVisible(false);
            return;
        }
        var until = Dates.dateTime(this, window.get().endsAt().atZone(SchoolTime.ZONE).toInstant());
        if (shownPoll == null) {
            status.setText(getTranslation("teamday.async.vote.nothing", until));
            pollArea.setVisible(false);
            return;
        }
        status.setText(getTranslation("teamday.async.vote.open", until, votable.size()));
        pollArea.setVisible(true);
        showPoll(shownPoll);
    }

    private void showPoll(PollState poll) {
        if (poll.id() != pollId) {
            pollId = poll.id();
            chosen = null;
            rankingOrder.clear();
            answerForm.show("");
        }
        var question = new H2(poll.question());
        question.setId("async-question");
        question.addClassName("phone-poll-question");
        var kind = new Paragraph(getTranslation("teamday.poll.kind." + poll.kind().name()) + " · "
                + getTranslation(poll.anonymous() ? "teamday.phone.anonymous" : "teamday.phone.named"));
        kind.addClassName("muted");
        kind.addClassName("phone-poll-kind");
        var once = new Paragraph(getTranslation(poll.kind() == PollKind.OPEN_VRAAG ? "teamday.async.answer.once"
                : "teamday.async.vote.once"));
        once.addClassName("muted");
        pollArea.add(question, kind, once);
        if (poll.kind() == PollKind.OPEN_VRAAG) {
            pollArea.add(answerForm);
            return;
        }
        if (poll.kind() == PollKind.RANGORDE) {
            pollArea.add(new RankingBallot(poll, rankingOrder,
                    order -> cast(() -> async.rank(poll.id(), order), RankingBallot.orderText(order))));
            return;
        }
        var choices = new Div();
        choices.addClassName("vote-options");
        for (int i = 0; i < poll.options().size(); i++) {
            int choice = i;
            boolean picked = chosen != null && chosen == i;
            var text = new Span(PhoneView.answer(this::getTranslation, poll, i));
            text.addClassName("vote-option-text");
            var button = new NativeButton("", click -> {
                chosen = choice;
                pollArea.removeAll();
                showPoll(poll);
            });
            button.add(text);
            button.addClassName("vote-option");
            button.setId("vote-option-" + i);
            button.getElement().setAttribute("aria-pressed", String.valueOf(picked));
            button.getElement().setAttribute("title", PhoneView.answer(this::getTranslation, poll, i));
            if (picked) {
                button.addClassName("chosen");
                var mark = new Span(getTranslation("teamday.async.vote.chosen"));
                mark.addClassName("vote-mine");
                button.add(mark);
            }
            choices.add(button);
        }
        send.setEnabled(chosen != null);
        pollArea.add(choices, send);
    }

    /**
     * Sends the answer to the open question on screen. A refusal (empty, too long, the window closed) is
     * shown at the field (by {@link OpenAnswerForm}) with the text kept; on success the next poll follows with
     * a confirmation that says the answer counts once the facilitator has released it.
     */
    private void sendAnswer(String text) {
        sent.setVisible(false);
        async.answer(pollId, text);
        answerField.clear();
        sent.setText(getTranslation("teamday.async.answer.sent", text.strip()));
        sent.removeClassName("field-error");
        sent.setVisible(true);
        refresh();
    }

    /** Sends the vote; on success the next poll follows with a confirmation above it, else the reason. */
    private void cast(Runnable vote, String what) {
        try {
            vote.run();
            sent.setText(getTranslation("teamday.async.vote.sent", what));
            sent.removeClassName("field-error");
            sent.setVisible(true);
        } catch (InvalidInput refused) {
            var problem = refused.problems().getFirst();
            sent.setText(getTranslation(problem.messageKey(), problem.args().toArray()));
            sent.addClassName("field-error");
            sent.setVisible(true);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
