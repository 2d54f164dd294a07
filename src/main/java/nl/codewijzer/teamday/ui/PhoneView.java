package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.BordaRanking;
import nl.codewijzer.teamday.LiveMeeting;
import nl.codewijzer.teamday.MedianText;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.TeamDayRoutes;
import nl.codewijzer.teamday.TeamMeetings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a teacher sees on their phone: enter the code (or arrive through the QR code, after logging
 * in if needed), then the question under discussion in step with the beamer, the poll with one
 * button per answer (the vote can be changed until the poll closes) and a box to send a proposal.
 * Built for a 360 pixel wide screen; no side menu.
 */
@Route(value = TeamDayRoutes.JOIN, autoLayout = false)
@PermitAll
@StyleSheet("styles/teamday.css")
public class PhoneView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingAttendance attendance;
    private final MeetingPolls polls;
    private final MeetingFeed feed;
    private long meetingId;
    private String title = "";

    final TextField code = new TextField();
    final Button join = new Button();
    final Section codeForm = new Section();
    final Div meetingArea = new Div();
    final Div pollArea = new Div();
    final TextArea proposal = new TextArea();
    final Button send = new Button();
    final Section proposalForm = new Section();
    private final FieldErrors proposalErrors = new FieldErrors();
    private final FieldErrors codeErrors = new FieldErrors();
    /** An open question's answer: one instance, so what is being typed survives every redraw. */
    private final OpenAnswerForm answerForm;
    final TextArea answerField;
    final Button answerSend;
    /** The open question the answer field belongs to. */
    private long answerPollId;

    PhoneView(TeamMeetings meetings, MeetingAttendance attendance, MeetingPolls polls, MeetingBroadcaster broadcaster) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.polls = polls;
        this.feed = new MeetingFeed(this, broadcaster, EnumSet.of(What.FLOW, What.POLL), changes -> refresh());
        addClassName("phone");
        setId("phone");
        var brand = new Span(getTranslation("app.name") + " · " + getTranslation("teamday.phone.brand"));
        brand.addClassName("phone-brand");
        var home = new Anchor("", getTranslation("teamday.phone.home"));
        var header = new Header(brand, home);
        header.addClassName("phone-header");

        code.setLabel(getTranslation("teamday.phone.code"));
        code.setHelperText(getTranslation("teamday.phone.code.helper"));
        code.setMaxLength(12);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        code.setWidthFull();
        join.setText(getTranslation("teamday.phone.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        join.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PhoneView.class, code.getValue().strip())));
        codeErrors.bind("code", code);
        codeForm.add(new H1(getTranslation("teamday.phone.title")), new Paragraph(getTranslation("teamday.phone.intro")),
                code, join);
        codeForm.setId("code-form");

        meetingArea.setId("phone-meeting");
        pollArea.setId("phone-poll");
        pollArea.addClassName("phone-poll");
        proposal.setLabel(getTranslation("teamday.phone.proposal"));
        proposal.setHelperText(getTranslation("teamday.phone.proposal.helper", MeetingPolls.MAX_PROPOSAL));
        proposal.setWidthFull();
        send.setText(getTranslation("teamday.phone.proposal.send"));
        send.addClickListener(click -> propose());
        proposalErrors.bind("text", proposal);
        proposalForm.add(new H2(getTranslation("teamday.phone.proposal.title")), proposal, send);
        proposalForm.setId("proposal-form");
        answerForm = new OpenAnswerForm("phone-answer", "teamday.phone.answer.helper",
                text -> showPoll(polls.answer(answerPollId, text)), this::refused);
        answerForm.addClassName("phone-answer-form");
        answerField = answerForm.field;
        answerSend = answerForm.send;
        add(header, codeForm, meetingArea, pollArea, proposalForm);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        if (parameter == null || parameter.isBlank()) {
            showCodeForm(null);
            return;
        }
        try {
            var live = attendance.join(parameter);
            meetingId = live.id();
            show(live);
            feed.follow(meetingId);
        } catch (InvalidInput refused) {
            code.setValue(parameter);
            showCodeForm(refused);
        } catch (AccessDeniedException notStaff) {
            showStaffOnly();
        }
    }

    /**
     * Someone who is not on the staff (a parent or pupil in the MR) followed the QR code: the team day
     * is the staff's, which is nothing the beheerder can or should change, so say that instead of the
     * generic "ask the beheerder" page.
     */
    private void showStaffOnly() {
        showCodeForm(null);
        codeForm.setVisible(false);
        meetingArea.setVisible(true);
        meetingArea.removeAll();
        var message = new Paragraph(getTranslation("teamday.phone.staff-only"));
        message.setId("phone-staff-only");
        meetingArea.add(new H1(getTranslation("teamday.phone.title")), message);
    }

    private void showCodeForm(@Nullable InvalidInput refused) {
        meetingId = 0;
        feed.unfollow();
        title = getTranslation("teamday.phone.title");
        codeForm.setVisible(true);
        meetingArea.setVisible(false);
        pollArea.setVisible(false);
        proposalForm.setVisible(false);
        if (refused == null) {
            codeErrors.clear();
        } else {
            codeErrors.show(refused, this);
        }
    }

    void refresh() {
        if (meetingId != 0) {
            show(meetings.live(meetingId));
        }
    }

    private void show(LiveMeeting live) {
        var meeting = live.meeting();
        title = meeting.title();
        codeForm.setVisible(false);
        meetingArea.setVisible(true);
        meetingArea.removeAll();
        var heading = new H1(meeting.title());
        heading.addClassName("phone-title");
        meetingArea.add(heading);
        var status = new Paragraph();
        status.setId("phone-status");
        status.addClassName("muted");
        meetingArea.add(status);
        proposalForm.setVisible(meeting.status() == MeetingStatus.BEZIG);
        pollArea.setVisible(false);
        switch (meeting.status()) {
            case GEPLAND -> status.setText(getTranslation("teamday.phone.waiting"));
            case AFGESLOTEN -> {
                status.setText(getTranslation("teamday.phone.closed"));
                meetingArea.add(new Anchor(TeamDayRoutes.minutes(meeting.id()),
                        getTranslation("teamday.minutes.open")));
            }
            case BEZIG -> {
                status.setText(getTranslation("teamday.position", live.currentNumber(), live.itemCount()));
                var item = live.current();
                if (item != null) {
                    var kicker = new Paragraph(item.question() == null ? getTranslation("teamday.extra-topic")
                            : item.question() + ". " + item.heading());
                    kicker.addClassName("phone-kicker");
                    var question = new H2(item.title());
                    question.setId("phone-question");
                    meetingArea.add(kicker, question);
                    if (!item.guidance().isEmpty()) {
                        var points = new UnorderedList();
                        item.guidance().forEach(point -> points.add(new ListItem(point)));
                        meetingArea.add(new Details(getTranslation("teamday.guidance"), points));
                    }
                    if (Integer.valueOf(5).equals(item.question())) {
                        var duty = new Paragraph(getTranslation("teamday.statutory-duty"));
                        duty.addClassName("phone-duty");
                        meetingArea.add(duty);
                    }
                }
                showPoll(live.poll());
            }
        }
        putPollFirstWhileOpen(live.poll());
    }

    /**
     * While a poll is open the phone is for voting: the poll comes right under the header, above the
     * meeting title and the question's guidance, so every answer is within a thumb's reach without
     * scrolling (360 x 740). Otherwise the question comes first, as on the projector.
     */
    private void putPollFirstWhileOpen(@Nullable PollState poll) {
        boolean voting = poll != null && poll.isOpen() && pollArea.isVisible();
        setClassName("phone-voting", voting);
        boolean pollFirst = getElement().indexOfChild(pollArea.getElement())
                < getElement().indexOfChild(meetingArea.getElement());
        if (voting != pollFirst) {
            getElement().removeChild(pollArea.getElement());
            int meetingAt = getElement().indexOfChild(meetingArea.getElement());
            getElement().insertChild(voting ? meetingAt : meetingAt + 1, pollArea.getElement());
        }
    }

    /** The answer buttons now on screen. */
    private final java.util.List<NativeButton> voteButtons = new java.util.ArrayList<>();
    /** The ranking poll being ordered and the order tapped so far, not yet sent: kept across redraws. */
    private long rankingPollId;
    private final java.util.List<Integer> rankingOrder = new java.util.ArrayList<>();

    private void showPoll(@Nullable PollState poll) {
        pollArea.removeAll();
        pollArea.setVisible(poll != null);
        if (poll == null) {
            return;
        }
        // the question itself, compact: while voting it is the first thing under the header
        var question = new H2(poll.question());
        question.addClassName("phone-poll-question");
        question.setId("phone-poll-question");
        pollArea.add(question);
        var kind = new Paragraph(getTranslation("teamday.poll.title") + " · "
                + getTranslation(poll.anonymous() ? "teamday.phone.anonymous" : "teamday.phone.named"));
        kind.addClassName("muted");
        kind.addClassName("phone-poll-kind");
        pollArea.add(kind);
        var mine = poll.myChoice();
        if (poll.isOpen() && poll.kind() == PollKind.RANGORDE) {
            if (rankingPollId != poll.id()) {
                rankingPollId = poll.id();
                rankingOrder.clear();
                rankingOrder.addAll(poll.myRanking());
            }
            pollArea.add(new RankingBallot(poll, rankingOrder, order -> rank(poll.id(), order)));
        } else if (poll.isOpen() && poll.kind() == PollKind.OPEN_VRAAG) {
            if (answerPollId != poll.id()) {
                answerPollId = poll.id();
                answerForm.show(java.util.Objects.requireNonNullElse(poll.myAnswer(), ""));
            }
            pollArea.add(answerForm);
        } else if (poll.isOpen()) {
            var choices = new Div();
            choices.addClassName("vote-options");
            voteButtons.clear();
            for (int i = 0; i < poll.options().size(); i++) {
                var button = voteButton(poll, i, mine != null && mine == i);
                voteButtons.add(button);
                choices.add(button);
            }
            pollArea.add(choices);
            if (poll.kind() == PollKind.MEERKEUZE) {
                pollArea.add(fullAnswers(poll));
            }
        }
        var status = new Paragraph();
        status.setId("my-vote");
        var mineText = poll.kind() == PollKind.RANGORDE ? RankingBallot.orderText(poll.myRanking())
                : poll.kind() == PollKind.OPEN_VRAAG ? java.util.Objects.requireNonNullElse(poll.myAnswer(), "")
                : mine == null ? "" : label(poll, mine);
        if (poll.kind() == PollKind.OPEN_VRAAG) {
            // once an anonymous question closed, nobody's answer can be told: then just "closed"
            status.setText(poll.isOpen() ? (poll.myAnswer() == null ? getTranslation("teamday.phone.not-answered")
                    : getTranslation("teamday.phone.answered", mineText))
                    : getTranslation("teamday.poll.closed") + (poll.myAnswer() == null ? ""
                            : " · " + getTranslation("teamday.phone.answered", mineText)));
        } else if (poll.isOpen()) {
            status.setText(mine == null ? getTranslation("teamday.phone.not-voted")
                    : getTranslation("teamday.phone.voted", mineText));
        } else {
            status.setText(getTranslation("teamday.poll.closed") + (mine == null ? ""
                    : " · " + getTranslation("teamday.phone.voted.final", mineText)));
        }
        pollArea.add(status);
        var counts = poll.counts();
        var ranking = poll.ranking();
        var cloud = poll.cloud();
        if (poll.revealed() && !poll.isOpen() && cloud != null) {
            var words = new com.vaadin.flow.component.Svg(WordCloudSvg.svg(cloud, cloud.words().isEmpty()
                    ? getTranslation("teamday.poll.no-words")
                    : getTranslation("teamday.poll.cloud.aria", WordCloudSvg.words(cloud))));
            words.setId("phone-results");
            words.addClassName("phone-cloud");
            pollArea.add(words, new Paragraph(getTranslation("teamday.poll.answers", poll.shownAnswers())));
        } else if (poll.revealed() && !poll.isOpen() && ranking.isPresent()) {
            pollArea.add(places(poll, ranking.get()));
        } else if (poll.revealed() && !poll.isOpen() && counts != null) {
            pollArea.add(results(poll, counts));
            poll.scale().ifPresent(scale -> {
                var median = new Paragraph(getTranslation("teamday.poll.median",
                        MedianText.of(this::getTranslation, scale, poll.options(this::getTranslation))));
                median.setId("phone-median");
                pollArea.add(median);
            });
        } else if (poll.revealed()) {
            pollArea.add(new Paragraph(getTranslation("teamday.phone.results-on-screen")));
        }
    }

    /**
     * One answer: its letter and text, cut to two lines by the style sheet so four answers fit one
     * screen (the whole text is under "Antwoorden voluit"); the chosen one says so inside the button.
     */
    private NativeButton voteButton(PollState poll, int choice, boolean chosen) {
        var text = new Span(answer(poll, choice));
        text.addClassName("vote-option-text");
        var button = new NativeButton("", click -> vote(poll.id(), choice));
        button.add(text);
        button.addClassName("vote-option");
        button.setId("vote-option-" + choice);
        if (chosen) {
            button.addClassName("chosen");
            var mark = new Span(getTranslation("teamday.phone.your-vote"));
            mark.addClassName("vote-mine");
            button.add(mark);
        }
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        button.getElement().setAttribute("title", answer(poll, choice));
        return button;
    }

    /** The whole text of every answer, one tap away, for answers longer than their two lines. */
    private Details fullAnswers(PollState poll) {
        var list = new UnorderedList();
        for (int i = 0; i < poll.options().size(); i++) {
            list.add(new ListItem(answer(poll, i)));
        }
        var details = new Details(getTranslation("teamday.phone.full-answers"), list);
        details.setId("phone-full-answers");
        return details;
    }

    /** After a ranking poll: the options from first place down, with their points. */
    private OrderedList places(PollState poll, BordaRanking ranking) {
        var places = new OrderedList();
        places.setId("phone-results");
        ranking.places().forEach(place -> places.add(new ListItem(getTranslation("teamday.poll.points.of",
                answer(poll, place.option()), place.points()))));
        return places;
    }

    /** After the poll: each answer's text with its count and share, not just "A: 2". */
    private UnorderedList results(PollState poll, List<Integer> counts) {
        var results = new UnorderedList();
        results.setId("phone-results");
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < counts.size(); i++) {
            int percent = total == 0 ? 0 : Math.round(100f * counts.get(i) / total);
            results.add(new ListItem(getTranslation("teamday.minutes.count", answer(poll, i), counts.get(i), percent)));
        }
        return results;
    }

    /**
     * "B. Alleen via de schoolapp" for a multiple-choice answer, "4 · eens" for a point of a scale,
     * the answer itself for a statement.
     */
    static String answer(MedianText.Words words, PollState poll, int choice) {
        return switch (poll.kind()) {
            case MEERKEUZE, RANGORDE -> PollBars.letter(choice) + ". " + poll.options().get(choice);
            case SCHAAL -> (choice + 1) + " · " + poll.option(words, choice);
            case STELLING -> poll.option(words, choice);
            case OPEN_VRAAG -> "";
        };
    }

    private String answer(PollState poll, int choice) {
        return answer(this::getTranslation, poll, choice);
    }

    /** A statement's answer as it is (Eens), a multiple-choice answer by its letter (B), as on the beamer. */
    private String label(PollState poll, int choice) {
        return poll.kind() == PollKind.MEERKEUZE ? PollBars.letter(choice) : answer(poll, choice);
    }

    private void rank(long pollId, List<Integer> order) {
        try {
            showPoll(polls.rank(pollId, order));
        } catch (InvalidInput refused) {
            refused(refused);
        }
    }

    private void vote(long pollId, int choice) {
        try {
            showPoll(polls.vote(pollId, choice));
            // the answers are drawn anew: keep the keyboard where it was, on the answer just chosen
            voteButtons.stream().filter(button -> ("vote-option-" + choice).equals(button.getId().orElse("")))
                    .findFirst().ifPresent(NativeButton::focus);
        } catch (InvalidInput refused) {
            refused(refused);
        }
    }

    /** A refused vote: the poll as it is now, with the reason under it. */
    private void refused(InvalidInput refused) {
        refresh();
        var problem = refused.problems().getFirst();
        var message = new Paragraph(getTranslation(problem.messageKey(), problem.args().toArray()));
        message.addClassName("field-error");
        message.setId("vote-error");
        pollArea.setVisible(true);
        pollArea.add(message);
    }

    private void propose() {
        try {
            polls.propose(meetingId, proposal.getValue());
            proposal.clear();
            proposalErrors.clear();
            FieldErrors.saved(this, "teamday.phone.proposal.sent");
        } catch (InvalidInput refused) {
            proposalErrors.show(refused, this);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
