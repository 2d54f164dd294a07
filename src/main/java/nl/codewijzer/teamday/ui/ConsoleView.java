package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.Attendee;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.Proposal;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingDecisions;
import nl.codewijzer.teamday.MeetingDrafts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.TeamMeetings;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The facilitator's console, on their laptop beside the beamer: start and close the meeting, move
 * through the agenda, open, reveal and close polls, see votes and proposals come in, record the
 * decision on each item, keep the attendance, and edit the agenda. Follows every change live; a
 * push never replaces a decision the facilitator is still typing. Votes only redraw the tally, and the
 * facilitator's own actions are drawn once, right after them, not again when they come back by push.
 */
@Route("teamdag/:meetingId([0-9]+)/regie")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@StyleSheet("styles/teamday.css")
public class ConsoleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingPlanning planning;
    private final MeetingFlow flowService;
    private final MeetingAttendance attendanceService;
    private final MeetingDecisions decisions;
    private final MeetingDrafts drafts;
    private final MeetingPolls polls;
    private final MeetingFeed feed;
    private long meetingId;
    private String title = "";
    private @Nullable Long pinnedItemId;
    private @Nullable Long shownCurrentId;
    private @Nullable MeetingConsole shown;

    final H1 heading = new H1();
    final Div meta = new Div();
    final Div actions = new Div();
    final Section flow = new Section();
    final ElapsedTimer timer = new ElapsedTimer();
    final Div pollStatus = new Div();
    final PollForm pollForm;
    final DecisionForm decision = new DecisionForm();
    final Div proposals = new Div();
    final Div agenda = new Div();
    final Div attendance = new Div();
    final Select<StaffMember> absent = new Select<>();
    /** Who was present when the absent staff were last read. */
    private @Nullable List<Long> absentShownFor;
    final Button addAttendee = new Button();

    ConsoleView(TeamMeetings meetings, MeetingPlanning planning, MeetingFlow flowService,
            MeetingAttendance attendanceService, MeetingDecisions decisions, MeetingDrafts drafts, MeetingPolls polls,
            MeetingBroadcaster broadcaster) {
        this.meetings = meetings;
        this.planning = planning;
        this.flowService = flowService;
        this.attendanceService = attendanceService;
        this.decisions = decisions;
        this.drafts = drafts;
        this.polls = polls;
        this.feed = new MeetingFeed(this, broadcaster, EnumSet.allOf(What.class), this::changed);
        this.pollForm = new PollForm(polls, () -> meetingId, feed, this::refresh);
        addClassName("page");
        addClassName("console");
        setId("meeting-console");
        meta.addClassName("version-meta");
        actions.addClassName("toolbar");
        actions.setId("console-actions");
        flow.addClassName("console-flow");
        flow.setId("flow");
        timer.setId("console-timer");
        pollStatus.setId("poll-status");
        proposals.setId("proposals");
        proposals.addClassName("console-proposals");
        agenda.setId("agenda");
        agenda.addClassName("console-agenda");
        attendance.setId("attendance");
        absent.setLabel(getTranslation("teamday.attendance.add"));
        absent.setItemLabelGenerator(StaffMember::fullName);
        absent.setEmptySelectionAllowed(false);
        addAttendee.setText(getTranslation("teamday.attendance.add.button"));
        addAttendee.addClickListener(click -> addAttendee());
        decision.save.addClickListener(click -> saveDecision());

        var pollSection = new Section(new H2(getTranslation("teamday.poll.title")), pollStatus, pollForm);
        pollSection.setId("poll-panel");
        var grid = new Div(pollSection, decision);
        grid.addClassName("console-grid");
        var attendanceSection = new Section(attendance,
                FacilitatorKeys.keepTyping(new Div(absent, addAttendee)));
        attendanceSection.addClassName("console-attendance");
        add(heading, meta, actions, flow, grid,
                new Section(new H2(getTranslation("teamday.proposals")), proposals),
                new Section(new H2(getTranslation("teamday.agenda")), agenda), attendanceSection);
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

    /** A change came by push: votes alone redraw only the tally, anything else the whole console. */
    private void changed(Set<What> kinds) {
        if (kinds.equals(EnumSet.of(What.VOTES))) {
            showTally();
        } else {
            refresh();
        }
    }

    void refresh() {
        var console = meetings.console(meetingId);
        shown = console;
        var live = console.live();
        var meeting = live.meeting();
        title = meeting.title();
        heading.setText(meeting.title());
        showMeta(console);
        showActions(console);
        var current = live.current();
        var currentId = current == null ? null : current.id();
        if (!Objects.equals(currentId, shownCurrentId)) {
            pinnedItemId = null;
            shownCurrentId = currentId;
        }
        showFlow(console);
        showPolls(console);
        showDecision(console);
        showProposals(console);
        showAgenda(console);
        showAttendance(console);
    }

    private boolean running() {
        return shown != null && shown.live().status() == MeetingStatus.BEZIG;
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
        meta.add(status, new Span(meeting.codeTitle()), new Span(Dates.date(this, meeting.date())), code, joined);
    }

    private void showActions(MeetingConsole console) {
        var meeting = console.live().meeting();
        actions.removeAll();
        switch (meeting.status()) {
            case GEPLAND -> {
                var start = new Button(getTranslation("teamday.start"), VaadinIcon.PLAY.create(), click -> act(() -> {
                    flowService.start(meetingId);
                    FieldErrors.saved(this, "teamday.started");
                }));
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.setId("meeting-start");
                actions.add(start);
            }
            case BEZIG -> {
                var close = new Button(getTranslation("teamday.close"), VaadinIcon.STOP.create(), click -> confirmClose());
                close.addThemeVariants(ButtonVariant.LUMO_ERROR);
                close.setId("meeting-close");
                actions.add(close);
            }
            case AFGESLOTEN -> {
                if (meeting.draftVersionNumber() != null) {
                    var open = new Button(getTranslation("teamday.draft.open", meeting.draftVersionNumber()),
                            VaadinIcon.FILE_TEXT.create(), click -> DraftAction.openComparison(this, meeting.codeId(),
                                    null, Objects.requireNonNull(meeting.draftVersionNumber())));
                    open.setId("open-draft");
                    actions.add(open);
                } else if (drafts.canMakeDraft()) {
                    actions.add(DraftAction.button(this, drafts, meetingId));
                }
            }
        }
        if (meeting.status() != MeetingStatus.AFGESLOTEN) {
            var projector = new Anchor("teamdag/" + meetingId + "/beamer", getTranslation("teamday.projector.open"));
            projector.setTarget(AnchorTarget.BLANK);
            projector.setId("open-projector");
            projector.addClassName("button-link");
            actions.add(projector);
        }
        var minutes = new Anchor("teamdag/" + meetingId + "/verslag", getTranslation("teamday.minutes.open"));
        minutes.setId("open-minutes");
        minutes.addClassName("button-link");
        actions.add(minutes);
    }

    private void showFlow(MeetingConsole console) {
        var live = console.live();
        flow.removeAll();
        flow.add(new H2(getTranslation("teamday.now")));
        var current = live.current();
        if (live.status() != MeetingStatus.BEZIG || current == null) {
            timer.stop();
            flow.add(new Paragraph(getTranslation(live.status() == MeetingStatus.GEPLAND ? "teamday.console.planned"
                    : "teamday.console.closed")));
            return;
        }
        timer.show(live.elapsedMillis());
        var position = new Span(getTranslation("teamday.position", live.currentNumber(), live.itemCount()));
        position.setId("console-position");
        var line = new Div(position, new Span(" · "), timer);
        line.addClassName("muted");
        var question = new H3(current.title());
        question.setId("console-question");
        var previous = new Button(getTranslation("teamday.previous"), VaadinIcon.ARROW_LEFT.create(),
                click -> act(() -> flowService.previous(meetingId)));
        previous.setId("flow-previous");
        previous.setEnabled(live.currentNumber() > 1);
        var next = new Button(getTranslation("teamday.next"), VaadinIcon.ARROW_RIGHT.create(), click -> act(() -> flowService.next(meetingId)));
        next.setIconAfterText(true);
        next.setId("flow-next");
        next.setEnabled(live.currentNumber() < live.itemCount());
        var buttons = new Div(previous, next);
        buttons.addClassName("toolbar");
        var keys = new Paragraph(getTranslation("teamday.keys"));
        keys.addClassName("muted");
        flow.add(line, question, buttons, keys);
    }

    private void showPolls(MeetingConsole console) {
        var current = console.live().current();
        boolean anyOpen = console.polls().stream().anyMatch(PollState::isOpen);
        pollForm.setVisible(running() && current != null && !anyOpen);
        if (current != null) {
            pollForm.prepare(current);
        }
        showPollCards(console.polls());
    }

    /** The polls of the item shown, with the votes as they are now; nothing else on the console changes. */
    private void showTally() {
        var itemId = shownCurrentId;
        if (itemId != null) {
            showPollCards(polls.ofItem(itemId));
        }
    }

    private void showPollCards(List<PollState> itemPolls) {
        pollStatus.removeAll();
        if (itemPolls.isEmpty()) {
            pollStatus.add(new Paragraph(getTranslation("teamday.poll.none")));
            return;
        }
        pollStatus.add(pollCard(itemPolls.getFirst(), true));
        itemPolls.stream().skip(1).forEach(older -> pollStatus.add(pollCard(older, false)));
    }

    private Div pollCard(PollState poll, boolean newest) {
        var card = new Div();
        card.addClassName("card");
        card.addClassName("poll-card");
        if (newest) {
            card.setId("current-poll");
        }
        card.add(new H3(poll.question()));
        var facts = getTranslation("teamday.poll.kind." + poll.kind().name()) + " · "
                + getTranslation(poll.anonymous() ? "teamday.poll.is-anonymous" : "teamday.poll.is-named") + " · "
                + getTranslation(poll.isOpen() ? "teamday.poll.is-open" : "teamday.poll.closed") + " · "
                + getTranslation(poll.revealed() ? "teamday.poll.is-revealed" : "teamday.poll.is-hidden");
        var status = new Paragraph(facts);
        status.addClassName("muted");
        var voters = new Paragraph(getTranslation("teamday.poll.voters", poll.voters()));
        voters.addClassName("poll-voters");
        card.add(status, voters);
        var counts = poll.counts();
        if (counts != null) {
            var labels = IntStream.range(0, poll.options().size()).mapToObj(i -> poll.kind() == PollKind.MEERKEUZE
                    ? PollBars.letter(i) : poll.options().get(i)).toList();
            var bars = new Svg(PollBars.svg(labels, counts, getTranslation("teamday.poll.voters", poll.voters())));
            bars.addClassName("console-bars");
            card.add(bars);
            if (poll.kind() == PollKind.MEERKEUZE) {
                var legend = new Div();
                legend.addClassName("poll-legend");
                for (int i = 0; i < poll.options().size(); i++) {
                    legend.add(new Paragraph(PollBars.letter(i) + ". " + poll.options().get(i)));
                }
                card.add(legend);
            }
        }
        if (!poll.named().isEmpty()) {
            var names = new Paragraph(String.join(", ", poll.named().stream()
                    .map(vote -> vote.name() + ": " + poll.options().get(vote.choice())).toList()));
            names.addClassName("muted");
            card.add(names);
        }
        if (newest) {
            var buttons = new Div();
            buttons.addClassName("toolbar");
            if (!poll.revealed()) {
                var reveal = new Button(getTranslation("teamday.poll.reveal"), VaadinIcon.EYE.create(),
                        click -> act(() -> polls.reveal(poll.id())));
                reveal.setId("poll-reveal");
                buttons.add(reveal);
            }
            if (poll.isOpen()) {
                var close = new Button(getTranslation("teamday.poll.close"), VaadinIcon.STOP.create(),
                        click -> act(() -> polls.close(poll.id())));
                close.setId("poll-close");
                buttons.add(close);
            }
            card.add(buttons);
        }
        return card;
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
            decision.load(target, running());
        }
        decision.setEnabled(running());
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

    private void showProposals(MeetingConsole console) {
        proposals.removeAll();
        if (console.proposals().isEmpty()) {
            proposals.add(new Paragraph(getTranslation("teamday.proposals.none")));
            return;
        }
        boolean canPoll = running() && console.polls().stream().noneMatch(PollState::isOpen);
        for (Proposal proposal : console.proposals()) {
            var card = new Div();
            card.addClassName("card");
            card.addClassName("proposal");
            var item = console.agenda().stream().filter(entry -> Objects.equals(entry.id(), proposal.itemId()))
                    .findFirst().map(entry -> entry.position() + ". ").orElse("");
            var who = new Paragraph(proposal.author() + " · " + Dates.dateTime(this, proposal.createdAt()) + " · "
                    + getTranslation("teamday.proposal.at-item", item + itemTitle(console, proposal.itemId())));
            who.addClassName("muted");
            var toPoll = new Button(getTranslation("teamday.proposal.poll"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                    click -> act(() -> polls.openFromProposal(proposal.id(), true)));
            toPoll.setEnabled(canPoll);
            var asText = new Button(getTranslation("teamday.proposal.use"), VaadinIcon.PENCIL.create(), click -> {
                decision.useText(proposal.text());
                decision.text.focus();
            });
            asText.setEnabled(running() && decision.isVisible());
            var buttons = new Div(toPoll, asText);
            buttons.addClassName("toolbar");
            card.add(new Paragraph(proposal.text()), who, buttons);
            proposals.add(card);
        }
    }

    private static String itemTitle(MeetingConsole console, @Nullable Long itemId) {
        return console.agenda().stream().filter(item -> Objects.equals(item.id(), itemId)).findFirst()
                .map(AgendaItem::title).orElse("");
    }

    private void showAgenda(MeetingConsole console) {
        agenda.removeAll();
        boolean editable = console.live().status() != MeetingStatus.AFGESLOTEN;
        var currentId = shownCurrentId;
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
                        () -> act(() -> planning.moveItem(item.id(), -1))));
                buttons.add(small(VaadinIcon.ARROW_DOWN, "teamday.item.down", i < items.size() - 1,
                        () -> act(() -> planning.moveItem(item.id(), +1))));
                buttons.add(small(item.skipped() ? VaadinIcon.ROTATE_LEFT : VaadinIcon.BAN,
                        item.skipped() ? "teamday.item.unskip" : "teamday.item.skip", true,
                        () -> act(() -> planning.skipItem(item.id(), !item.skipped()))));
                buttons.add(small(VaadinIcon.EDIT, "teamday.item.edit", true, () -> new ItemDialog(item,
                        text -> feed.ownAction(() -> planning.editItem(item.id(), item.version(), text)),
                        this::refresh).open()));
            }
            if (running() && !item.skipped() && !Objects.equals(currentId, item.id())) {
                buttons.add(small(VaadinIcon.PRESENTATION, "teamday.item.go-to", true,
                        () -> act(() -> flowService.goTo(meetingId, item.id()))));
            }
            buttons.add(small(VaadinIcon.GAVEL, "teamday.item.decision", true, () -> {
                if (decision.isDirty()) {
                    Notification.show(getTranslation("teamday.decision.unsaved"), 5000, Notification.Position.MIDDLE);
                    return;
                }
                pinnedItemId = item.id();
                refresh();
            }));
            row.add(buttons);
            agenda.add(row);
        }
        if (editable) {
            var add = new Button(getTranslation("teamday.item.add"), VaadinIcon.PLUS.create(), click -> new ItemDialog(null,
                    text -> feed.ownAction(() -> planning.addTopic(meetingId, text)), this::refresh).open());
            add.setId("add-topic");
            agenda.add(add);
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

    private void showAttendance(MeetingConsole console) {
        attendance.removeAll();
        var present = console.attendees();
        attendance.add(new H2(getTranslation("teamday.attendance", present.size())));
        var names = new Div();
        names.addClassName("attendees");
        boolean open = console.live().status() != MeetingStatus.AFGESLOTEN;
        for (var attendee : present) {
            var chip = new Span(attendee.name() + (attendee.addedByFacilitator()
                    ? " (" + getTranslation("teamday.attendance.by-hand") + ")" : ""));
            chip.addClassName("attendee");
            if (open) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                        click -> act(() -> attendanceService.removeAttendee(meetingId, attendee.personId())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("teamday.attendance.remove", attendee.name()));
                chip.add(remove);
            }
            names.add(chip);
        }
        attendance.add(names);
        absent.setVisible(open);
        addAttendee.setVisible(open);
        var presentIds = present.stream().map(Attendee::personId).toList();
        if (open && !presentIds.equals(absentShownFor)) {
            // the whole staff list is read again only when who is present changed, not on every push;
            // a phone joining meanwhile must not undo the facilitator's pick of someone without a phone
            absentShownFor = presentIds;
            var picked = absent.getValue();
            var stillAbsent = attendanceService.absentStaff(meetingId);
            absent.setItems(stillAbsent);
            if (picked != null) {
                stillAbsent.stream().filter(member -> member.id() == picked.id()).findFirst().ifPresent(absent::setValue);
            }
        }
    }

    private void addAttendee() {
        var person = absent.getValue();
        if (person == null) {
            FieldErrors.showAt(absent, getTranslation("teamday.attendance.choose"));
            return;
        }
        absent.setInvalid(false);
        act(() -> attendanceService.addAttendee(meetingId, person.id()));
    }

    private void confirmClose() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("teamday.close.title"));
        dialog.add(new Paragraph(getTranslation("teamday.close.text")));
        if (decision.isDirty()) {
            var warning = new Paragraph(getTranslation("teamday.close.unsaved"));
            warning.addClassName("field-error");
            dialog.add(warning);
        }
        var confirm = new Button(getTranslation("teamday.close"), click -> {
            dialog.close();
            act(() -> {
                flowService.close(meetingId);
                FieldErrors.saved(this, "teamday.closed");
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-close");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
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
