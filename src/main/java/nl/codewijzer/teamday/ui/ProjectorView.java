package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.QrCode;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.LiveMeeting;
import nl.codewijzer.teamday.MedianText;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.TeamDayRoutes;
import nl.codewijzer.teamday.TeamMeetings;
import org.jspecify.annotations.Nullable;

/**
 * The beamer at the back of the classroom: the question under discussion in very large type, its
 * discussion points, the poll or its results as bars, the time spent on the question, and how to
 * join (QR code, code and address) with the number of people who joined. No menu, no clutter,
 * high contrast; the facilitator controls it with the keyboard. Follows the console live.
 */
@Route(value = TeamDayRoutes.PROJECTOR, autoLayout = false)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@StyleSheet("styles/teamday.css")
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingFlow flow;
    private final MeetingPolls polls;
    private final MeetingAsync async;
    private final MeetingFeed feed;
    private long meetingId;
    private String title = "";
    private boolean joinDrawn;

    final Span meetingTitle = new Span();
    final Span position = new Span();
    final ElapsedTimer timer = new ElapsedTimer();
    final Div stage = new Div();
    final Div pollArea = new Div();
    final Aside join = new Aside();
    final Span joined = new Span();
    private final Div main = new Div(stage, pollArea);

    /**
     * Lowers the font size of the question and poll step by step until they fit the screen: six
     * answers of 300 characters with their bars fit a 1024 x 768 beamer, one short question stays
     * large. Done in the browser because only the browser knows how the text wraps; done again when
     * the screen or the view's box changes (the style sheet arrives after the first drawing).
     */
    private static final String FIT = """
            const view = this;
            this.$fit = function() {
                const main = view.querySelector('.projector-main');
                if (!main) return;
                let size = 100;
                main.style.fontSize = '';
                while (main.scrollHeight > main.clientHeight + 1 && size > 30) {
                    size -= 5;
                    main.style.fontSize = size + '%';
                }
            };
            const fitSoon = () => requestAnimationFrame(() => view.$fit());
            window.addEventListener('resize', fitSoon);
            new ResizeObserver(fitSoon).observe(view);
            if (document.fonts) document.fonts.ready.then(fitSoon);""";

    ProjectorView(TeamMeetings meetings, MeetingFlow flow, MeetingPolls polls, MeetingBroadcaster broadcaster,
            MeetingAsync async) {
        this.meetings = meetings;
        this.async = async;
        this.flow = flow;
        this.polls = polls;
        this.feed = new MeetingFeed(this, broadcaster, EnumSet.of(What.FLOW, What.POLL, What.VOTES, What.ATTENDANCE),
                changes -> refresh());
        addClassName("projector");
        setId("projector");
        meetingTitle.addClassName("projector-title");
        position.setId("projector-position");
        timer.setId("projector-timer");
        var fullScreen = new NativeButton(getTranslation("teamday.projector.full-screen"));
        fullScreen.addClassName("projector-full-screen");
        // requestFullscreen needs the click itself, so it runs in the browser, not after a round trip
        fullScreen.getElement().executeJs(
                "this.addEventListener('click', () => document.documentElement.requestFullscreen?.())");
        var top = new Header(meetingTitle, position, timer, fullScreen);
        top.addClassName("projector-top");
        stage.addClassName("projector-stage");
        stage.setId("projector-stage");
        pollArea.addClassName("projector-poll");
        pollArea.setId("projector-poll");
        join.addClassName("projector-join");
        join.setId("projector-join");
        joined.addClassName("projector-joined");
        joined.setId("projector-joined");
        main.addClassName("projector-main");
        main.setId("projector-main");
        var body = new Div(main, join);
        body.addClassName("projector-body");
        // the key help is for the facilitator at the console, not for the room
        add(top, body);
        getElement().executeJs(FIT);
        FacilitatorKeys.register(this, flow, polls, () -> meetingId, this::act);
    }

    private void act(Runnable action) {
        try {
            feed.ownAction(action);
            refresh();
        } catch (InvalidInput refused) {
            var problem = refused.problems().getFirst();
            Notification.show(getTranslation(problem.messageKey(), problem.args().toArray()), 3000,
                    Notification.Position.BOTTOM_CENTER);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(0L);
        joinDrawn = false;
        refresh();
        feed.follow(meetingId);
    }

    void refresh() {
        show(meetings.live(meetingId));
    }

    private void show(LiveMeeting live) {
        var meeting = live.meeting();
        title = meeting.title();
        meetingTitle.setText(meeting.title() + " · " + meeting.codeTitle());
        stage.removeAll();
        pollArea.removeAll();
        pollArea.setVisible(false);
        switch (meeting.status()) {
            case GEPLAND -> {
                // the title is on the stage in large type, so the top line names only the code
                meetingTitle.setText(meeting.codeTitle());
                position.setText("");
                timer.stop();
                stage.add(new H1(meeting.title()), new Paragraph(getTranslation("teamday.projector.waiting")));
            }
            case BEZIG -> {
                var item = live.current();
                position.setText(getTranslation("teamday.position", live.currentNumber(), live.itemCount()));
                timer.show(live.elapsedMillis());
                if (item != null) {
                    var kicker = new Paragraph(item.question() == null ? getTranslation("teamday.extra-topic")
                            : item.question() + ". " + item.heading());
                    kicker.addClassName("projector-kicker");
                    var question = new H1(item.title());
                    question.setId("projector-question");
                    stage.add(kicker, question);
                    // with a poll on screen the discussion points make room for it: a beamer does not scroll
                    if (!item.guidance().isEmpty() && live.poll() == null) {
                        var points = new UnorderedList();
                        points.addClassName("projector-guidance");
                        item.guidance().forEach(point -> points.add(new ListItem(point)));
                        stage.add(points);
                    }
                    if (Integer.valueOf(5).equals(item.question())) {
                        var duty = new Paragraph(getTranslation("teamday.statutory-duty"));
                        duty.addClassName("projector-duty");
                        stage.add(duty);
                    }
                }
                stage.getClassNames().set("with-poll", live.poll() != null);
                showPoll(live.poll(), item == null ? "" : item.title());
            }
            case AFGESLOTEN -> {
                position.setText("");
                timer.stop();
                stage.add(new H1(getTranslation("teamday.projector.closed")),
                        new Paragraph(getTranslation("teamday.projector.thanks")));
                async.summary(meetingId).ifPresent(this::showSummary);
            }
        }
        showJoin(live);
        getElement().executeJs("this.$fit && requestAnimationFrame(() => this.$fit())");
    }

    private void showPoll(@Nullable PollState poll, String itemTitle) {
        if (poll == null) {
            return;
        }
        pollArea.setVisible(true);
        if (!poll.question().equals(itemTitle)) {
            var question = new H2(poll.question());
            question.addClassName("projector-poll-question");
            pollArea.add(question);
        }
        if (poll.kind() == PollKind.MEERKEUZE || poll.kind() == PollKind.RANGORDE) {
            var options = new OrderedList();
            options.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
            options.addClassName("projector-options");
            poll.options().forEach(option -> options.add(new ListItem(option)));
            pollArea.add(options);
        }
        var status = new Paragraph();
        status.addClassName("projector-poll-status");
        status.setId("projector-poll-status");
        var counts = poll.counts();
        var cloud = poll.cloud();
        if (poll.revealed() && cloud != null) {
            // an open question: the word cloud of the answers the facilitator did not hide, nothing else
            var words = new Svg(WordCloudSvg.svg(cloud, cloud.words().isEmpty() ? getTranslation("teamday.poll.no-words")
                    : getTranslation("teamday.poll.cloud.aria", WordCloudSvg.words(cloud))));
            words.setId("projector-results");
            words.addClassName("projector-results");
            words.addClassName("projector-cloud");
            pollArea.add(words);
            status.setText(getTranslation("teamday.poll.answers", poll.shownAnswers()) + " · " + getTranslation(
                    poll.isOpen() ? "teamday.poll.still-open" : "teamday.poll.closed")
                    + (cloud.words().isEmpty() ? " · " + getTranslation("teamday.poll.no-words") : ""));
        } else if (poll.revealed() && counts != null) {
            var labels = IntStream.range(0, poll.options().size()).mapToObj(i -> poll.kind() == PollKind.MEERKEUZE
                    ? PollBars.letter(i) : poll.option(this::getTranslation, i)).toList();
            IntFunction<String> points = value -> getTranslation("teamday.poll.points", value);
            var bars = new Svg(poll.ranking()
                    .map(ranking -> PollBars.ranking(ranking, points, PollBars.rankingText(poll, ranking, points)))
                    .orElseGet(() -> PollBars.svg(labels, counts, results(poll, counts))));
            bars.setId("projector-results");
            bars.addClassName("projector-results");
            pollArea.add(bars);
            // with an asynchronous window, the room sees live and asynchronous votes apart too (decision 0051)
            if (async.window(meetingId).isPresent()) {
                async.split(poll.id()).ifPresent(split -> {
                    var line = new Paragraph(SplitText.of(this, poll, split));
                    line.setId("projector-split");
                    line.addClassName("projector-split");
                    pollArea.add(line);
                });
            }
            status.setText(getTranslation("teamday.poll.voters", poll.voters()) + " · " + getTranslation(poll.isOpen()
                    ? "teamday.poll.still-open" : "teamday.poll.closed")
                    + poll.scale().map(scale -> " · " + getTranslation("teamday.poll.median",
                            MedianText.of(this::getTranslation, scale, poll.options(this::getTranslation))))
                            .orElse(""));
        } else if (poll.isOpen()) {
            status.setText(getTranslation(poll.kind() == PollKind.OPEN_VRAAG ? "teamday.projector.answer-now"
                    : "teamday.projector.vote-now") + " · "
                    + getTranslation(WordCloudSvg.votersKey(poll.kind()), poll.voters()));
        } else {
            status.setText(getTranslation("teamday.poll.closed") + " · "
                    + getTranslation(WordCloudSvg.votersKey(poll.kind()), poll.voters()));
        }
        pollArea.add(status);
    }

    /**
     * A closed meeting that had an asynchronous window: the room (at the next team day, say) sees who took
     * part live and asynchronously and each poll it was shown, live and asynchronously apart; asynchronous
     * votes keep coming in while the window is open, and a vote redraws this (decision 0051).
     */
    private void showSummary(MeetingAsync.Summary summary) {
        var participation = new Paragraph(getTranslation("teamday.minutes.participation",
                summary.participation().live(), summary.participation().async()));
        participation.setId("projector-participation");
        participation.addClassName("projector-kicker");
        stage.add(participation);
        if (summary.polls().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("projector-splits");
        list.addClassName("projector-guidance");
        for (var result : summary.polls()) {
            var poll = result.poll();
            var split = result.split();
            var line = poll.kind() == PollKind.OPEN_VRAAG
                    ? getTranslation("teamday.async.split.answers", split.liveVoters(), split.asyncVoters())
                    : SplitText.of(this, poll, split);
            var question = new Paragraph(poll.question());
            question.addClassName("projector-split-question");
            var item = new ListItem(question, new Paragraph(line));
            item.addClassName("projector-split");
            list.add(item);
        }
        stage.add(list);
    }

    private String results(PollState poll, java.util.List<Integer> counts) {
        var text = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(poll.option(this::getTranslation, i)).append(": ").append(counts.get(i));
        }
        return text.toString();
    }

    private void showJoin(LiveMeeting live) {
        boolean open = live.status() != MeetingStatus.AFGESLOTEN;
        join.setVisible(open);
        if (!open) {
            return;
        }
        if (!joinDrawn) {
            join.removeAll();
            var qr = new Svg(QrCode.svg(live.joinUrl(), getTranslation("teamday.projector.qr", live.joinUrl())));
            qr.addClassName("projector-qr");
            qr.setId("projector-qr");
            var code = new Span(live.meeting().joinCode());
            code.addClassName("projector-code");
            code.setId("projector-code");
            var url = new Span(live.joinUrl().replaceFirst("/[A-Z0-9]+$", ""));
            url.addClassName("projector-url");
            join.add(new Span(getTranslation("teamday.projector.join")), qr, url, code, joined);
            joinDrawn = true;
        }
        joined.setText(getTranslation("teamday.joined", live.joined()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teamday.projector.title", title) + " – " + getTranslation("app.name");
    }
}
