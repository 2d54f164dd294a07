package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingDecisions;
import nl.codewijzer.teamday.MeetingDrafts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.TeamDayRoutes;
import nl.codewijzer.teamday.TeamMeetings;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The facilitator's console, on their laptop beside the beamer: start and close the meeting, move
 * through the agenda, open, reveal and close polls, see votes and proposals come in, record the
 * decision on each item, keep the attendance, and edit the agenda. Follows every change live; a
 * push never replaces a decision the facilitator is still typing. Votes only redraw the tally, and the
 * facilitator's own actions are drawn once, right after them, not again when they come back by push.
 *
 * <p>Each part is its own panel ({@link ConsoleActions}, {@link FlowPanel}, {@link PollPanel},
 * {@link DecisionForm}, {@link ProposalsPanel}, {@link AgendaPanel}, {@link AttendancePanel}); this
 * view loads the meeting once per redraw, hands it to every panel, and keeps what they share: the
 * item whose decision is shown and how the facilitator's own actions run.
 */
@Route(TeamDayRoutes.CONSOLE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@StyleSheet("styles/teamday.css")
public class ConsoleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingDecisions decisions;
    private final MeetingFeed feed;
    private long meetingId;
    private String title = "";
    /** The item whose decision the facilitator chose to show, instead of the current one. */
    private @Nullable Long pinnedItemId;
    private @Nullable Long shownCurrentId;
    private boolean running;

    final H1 heading = new H1();
    final Div meta = new Div();
    final ConsoleActions actions;
    final FlowPanel flow;
    final PollPanel poll;
    final DecisionForm decision = new DecisionForm();
    final ProposalsPanel proposals;
    final AgendaPanel agenda;
    final AttendancePanel attendancePanel;
    final AsyncPanel asyncPanel;
    // the parts the tests reach for by their old names
    final PollForm pollForm;
    final Div pollStatus;
    final Div attendance;
    final Select<StaffMember> absent;

    ConsoleView(TeamMeetings meetings, MeetingPlanning planning, MeetingFlow flowService,
            MeetingAttendance attendanceService, MeetingDecisions decisions, MeetingDrafts drafts, MeetingPolls polls,
            MeetingBroadcaster broadcaster, MeetingAsync async, Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.feed = new MeetingFeed(this, broadcaster, EnumSet.allOf(What.class), this::changed);
        this.actions = new ConsoleActions(flowService, drafts, () -> meetingId, this::act, decision::isDirty);
        this.flow = new FlowPanel(flowService, () -> meetingId, this::act);
        this.poll = new PollPanel(polls, async, () -> meetingId, feed, this::act, this::refresh);
        this.proposals = new ProposalsPanel(polls, decision, this::act);
        this.agenda = new AgendaPanel(planning, flowService, feed, () -> meetingId, this::act, this::showDecisionOf,
                this::refresh);
        this.attendancePanel = new AttendancePanel(attendanceService, () -> meetingId, this::act);
        this.asyncPanel = new AsyncPanel(async, polls, () -> meetingId, this::act, clock);
        this.pollForm = poll.form;
        this.pollStatus = poll.status;
        this.attendance = attendancePanel.present;
        this.absent = attendancePanel.absent;
        addClassName("page");
        addClassName("console");
        setId("meeting-console");
        meta.addClassName("version-meta");
        decision.save.addClickListener(click -> saveDecision());

        // Laid out for a facilitator's 1366 x 768 laptop (issue 19, item 2): the title, the actions and the
        // meeting's facts in two short lines, "now" in one band, then two columns: the poll with its live tally
        // and controls on the left (earlier polls folded under it), the proposals and the decision on the right,
        // so neither the tally nor the proposals sit below the history. Agenda and attendance follow.
        var top = new Div(heading, actions);
        top.addClassName("console-top");
        var proposalsSection = new Section(new H2(getTranslation("teamday.proposals")), proposals);
        proposalsSection.setId("proposals-section");
        proposalsSection.addClassName("console-proposals-section");
        var side = new Div(proposalsSection, decision);
        side.addClassName("console-side");
        var grid = new Div(poll, side);
        grid.addClassName("console-grid");
        add(top, meta, flow, grid, new Section(new H2(getTranslation("teamday.agenda")), agenda), attendancePanel,
                asyncPanel);
        FacilitatorKeys.register(this, flowService, polls, () -> meetingId, this::act);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(0L);
        pinnedItemId = null;
        shownCurrentId = null;
        refresh();
        feed.follow(meetingId);
    }

    /**
     * A change came by push: votes alone redraw only the tally, a join (or a change of attendance) alone
     * only the count of participants and the attendance, anything else the whole console. At the start of a
     * team day 150 phones join within minutes; a whole console per join was a push of some 200,000
     * characters each time, growing with the attendance (decision 0042).
     */
    private void changed(Set<What> kinds) {
        if (kinds.equals(EnumSet.of(What.VOTES))) {
            poll.showTally(shownCurrentId);
        } else if (kinds.equals(EnumSet.of(What.ATTENDANCE))) {
            var console = meetings.console(meetingId);
            showMeta(console);
            attendancePanel.show(console);
        } else {
            refresh();
        }
    }

    void refresh() {
        var console = meetings.console(meetingId);
        var live = console.live();
        var meeting = live.meeting();
        running = live.status() == MeetingStatus.BEZIG;
        title = meeting.title();
        heading.setText(meeting.title());
        showMeta(console);
        actions.show(console);
        var current = live.current();
        var currentId = current == null ? null : current.id();
        if (!Objects.equals(currentId, shownCurrentId)) {
            pinnedItemId = null;
            shownCurrentId = currentId;
        }
        flow.show(console);
        poll.show(console);
        showDecision(console);
        proposals.show(console);
        agenda.show(console, shownCurrentId);
        attendancePanel.show(console);
        asyncPanel.show();
    }

    private void showMeta(MeetingConsole console) {
        var meeting = console.live().meeting();
        meta.removeAll();
        var status = new Span(getTranslation(meeting.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        status.setId("meeting-status");
        var code = new Span(getTranslation("teamday.join-code", meeting.joinCode()));
        code.setId("join-code");
        code.addClassName("console-join-code");
        var joined = new Span(getTranslation("teamday.joined", console.live().joined()));
        joined.setId("console-joined");
        // the count of asynchronous answers that came in while the console is open, where the facilitator looks
        meta.add(status, new Span(meeting.codeTitle()), new Span(Dates.date(this, meeting.date())), code, joined,
                asyncPanel.arrived);
    }

    /** Shows the decision of this agenda item in the form, unless the facilitator is still typing another. */
    private void showDecisionOf(long itemId) {
        if (decision.isDirty()) {
            Notification.show(getTranslation("teamday.decision.unsaved"), 5000, Notification.Position.MIDDLE);
            return;
        }
        pinnedItemId = itemId;
        refresh();
    }

    private void showDecision(MeetingConsole console) {
        var targetId = pinnedItemId != null ? pinnedItemId : shownCurrentId;
        var target = console.agenda().stream().filter(item -> targetId != null && item.id() == targetId).findFirst()
                .orElse(null);
        decision.setVisible(target != null);
        if (target == null) {
            return;
        }
        var loaded = decision.item();
        boolean other = loaded == null || loaded.id() != target.id() || loaded.version() != target.version();
        if (other && !decision.isDirty()) {
            decision.load(target, running);
        }
        decision.setEnabled(running);
    }

    private void saveDecision() {
        var item = decision.item();
        if (item == null) {
            return;
        }
        try {
            var saved = feed.ownAction(() -> decisions.recordDecision(item.id(), item.version(), decision.value()));
            decision.load(saved, true);
            FieldErrors.saved(this, "teamday.decision.saved");
            refresh();
        } catch (InvalidInput refused) {
            decision.show(refused);
        } catch (OptimisticLockingFailureException changed) {
            var latest = meetings.console(meetingId).agenda().stream().filter(other -> other.id() == item.id())
                    .findFirst().orElse(item);
            decision.rebase(latest);
            Notification.show(getTranslation("teamday.decision.conflict", latest.decision().text()), 10000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Runs the facilitator's action and shows its outcome at once (its push does not come back here). */
    private void act(Runnable action) {
        try {
            feed.ownAction(action);
            refresh();
        } catch (InvalidInput refused) {
            new FieldErrors().show(refused, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teamday.console.title", title) + " – " + getTranslation("app.name");
    }
}
