package nl.codewijzer.teamday;

import java.time.Clock;
import java.util.Optional;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingItem;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.PollLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a meeting: start, the item under discussion (next, previous, go to) and close. Each
 * step locks the meeting, so two facilitator screens cannot move it two ways at once.
 */
@Service
@PreAuthorize(Role.Require.FACILITATOR)
public class MeetingFlow {

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingAttendeeRepository attendees;
    private final PollLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingState state;

    MeetingFlow(MeetingRepository meetings, MeetingItemRepository items, MeetingAttendeeRepository attendees,
            PollLedger ledger, ApplicationEventPublisher events, Clock clock, MeetingState state) {
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.state = state;
    }

    /** Starts the meeting at the first item not skipped. */
    @Transactional
    public LiveMeeting start(long meetingId) {
        var meeting = state.locked(meetingId);
        if (meeting.status() != MeetingStatus.GEPLAND) {
            throw new InvalidInput("meeting", "teamday.error.already-started");
        }
        var first = items.agenda(meetingId).stream().filter(item -> !item.skipped()).findFirst()
                .orElseThrow(() -> new InvalidInput("agenda", "teamday.error.agenda-empty"));
        meeting.start(state.myName(), clock.instant());
        meeting.makeCurrent(first.id(), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingStarted(meetingId, meeting.codeId(), clock.instant()));
        state.changed(meetingId, What.FLOW);
        return state.live(meeting);
    }

    /** Moves to the next item not skipped; false (and nothing changes) at the end of the agenda. */
    @Transactional
    public boolean next(long meetingId) {
        return step(meetingId, +1);
    }

    /** Moves to the previous item not skipped; false (and nothing changes) at the start. */
    @Transactional
    public boolean previous(long meetingId) {
        return step(meetingId, -1);
    }

    /** Makes this item the one under discussion. */
    @Transactional
    public void goTo(long meetingId, long itemId) {
        var meeting = MeetingState.running(state.locked(meetingId), "meeting");
        var item = state.loadItem(itemId);
        if (item.meetingId() != meetingId) {
            throw new InvalidInput("item", "teamday.error.item-not-found");
        }
        if (item.skipped()) {
            throw new InvalidInput("item", "teamday.error.item-skipped");
        }
        moveTo(meeting, item);
    }

    /** Closes the meeting: open polls close, the minutes are final, and no more votes or decisions. */
    @Transactional
    public MeetingSummary close(long meetingId) {
        var meeting = MeetingState.running(state.locked(meetingId), "meeting");
        ledger.closeOpen(meetingId, clock.instant());
        meeting.close(clock.instant());
        meetings.saveAndFlush(meeting);
        int decided = (int) items.agenda(meetingId).stream()
                .filter(item -> item.decision().status() == DecisionStatus.BESLOTEN).count();
        events.publishEvent(new MeetingClosed(meetingId, meeting.codeId(), clock.instant(),
                attendees.attending(meetingId), decided));
        state.changed(meetingId, What.FLOW);
        return state.summary(meeting);
    }

    private boolean step(long meetingId, int direction) {
        var meeting = MeetingState.running(state.locked(meetingId), "meeting");
        var agenda = items.agenda(meetingId);
        var current = meeting.currentItemId();
        int here = agenda.stream().filter(item -> current != null && item.id() == current).mapToInt(MeetingItem::position)
                .findFirst().orElse(direction > 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        Optional<MeetingItem> target = direction > 0
                ? agenda.stream().filter(item -> !item.skipped() && item.position() > here).findFirst()
                : agenda.reversed().stream().filter(item -> !item.skipped() && item.position() < here).findFirst();
        if (target.isEmpty()) {
            return false;
        }
        moveTo(meeting, target.get());
        return true;
    }

    /** The item under discussion changes; a poll left open on the previous one closes. */
    private void moveTo(Meeting meeting, MeetingItem item) {
        if (!ledger.closeOpen(meeting.id(), clock.instant()).isEmpty()) {
            state.changed(meeting.id(), What.POLL);
        }
        meeting.makeCurrent(item.id(), clock.instant());
        meetings.saveAndFlush(meeting);
        state.changed(meeting.id(), What.FLOW);
    }
}
