package nl.codewijzer.teamday;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingItem;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingPollRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.PollLedger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the team-day services share: finding a meeting or item (with the message a user sees when it
 * is gone), the rules on which status allows what, the live state the screens show and the
 * announcement of a change to the open screens. Not a service: it checks no role, the public
 * services that use it do.
 */
@Component
class MeetingState {

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingAttendeeRepository attendees;
    private final MeetingPollRepository polls;
    private final PollLedger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress address;

    MeetingState(MeetingRepository meetings, MeetingItemRepository items, MeetingAttendeeRepository attendees,
            MeetingPollRepository polls, PollLedger ledger, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, PublicAddress address) {
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.polls = polls;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.address = address;
    }

    /** Whether the caller plans and runs meetings. */
    boolean canRun() {
        return currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING) || currentUser.isSystem();
    }

    Meeting load(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
    }

    /** The meeting, locked against a simultaneous change of its status or current item. */
    Meeting locked(long meetingId) {
        return meetings.locked(meetingId).orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
    }

    MeetingItem loadItem(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new InvalidInput("item", "teamday.error.item-not-found"));
    }

    MeetingSummary summary(Meeting meeting) {
        return meeting.toSummary(attendees.attending(meeting.id()));
    }

    LiveMeeting live(Meeting meeting) {
        var agenda = items.agenda(meeting.id());
        var currentId = meeting.currentItemId();
        var poll = currentId == null ? null : polls.forItemNewestFirst(currentId).stream().findFirst()
                .map(found -> ledger.state(found, canRun(), myId())).orElse(null);
        return live(meeting, agenda, poll);
    }

    /** @param poll the current item's newest poll as the caller may see it, if any */
    LiveMeeting live(Meeting meeting, List<MeetingItem> agenda, @Nullable PollState poll) {
        var active = agenda.stream().filter(item -> !item.skipped()).toList();
        var currentId = meeting.currentItemId();
        var current = agenda.stream().filter(item -> currentId != null && item.id() == currentId).findFirst().orElse(null);
        int number = current == null ? 0 : active.indexOf(current) + 1;
        int joined = attendees.attending(meeting.id());
        var since = meeting.currentSince();
        long elapsed = since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis());
        return new LiveMeeting(meeting.toSummary(joined), current == null ? null : current.toItem(), number,
                active.size(), since, elapsed, poll, joined,
                address.link(TeamDayRoutes.join(meeting.joinCode())));
    }

    @Nullable Long myId() {
        return currentUser.get().map(user -> user.personId()).orElse(null);
    }

    /** The caller's name as the meeting records it (the facilitator, who decided). */
    String myName() {
        return currentUser.get().map(user -> user.fullName()).orElse("Codewijzer");
    }

    /** Tells the open screens of the meeting, once the transaction commits, what changed. */
    void changed(long meetingId, What what) {
        events.publishEvent(new MeetingChange(meetingId, what));
    }

    static Meeting editable(Meeting meeting) {
        if (meeting.status() == MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("agenda", "teamday.error.meeting-closed");
        }
        return meeting;
    }

    static Meeting running(Meeting meeting, String field) {
        if (meeting.status() != MeetingStatus.BEZIG) {
            throw new InvalidInput(field, meeting.status() == MeetingStatus.GEPLAND
                    ? "teamday.error.not-started" : "teamday.error.meeting-closed");
        }
        return meeting;
    }

    static void checkVersion(MeetingItem item, long expectedVersion) {
        if (item.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MeetingItem.class, item.id());
        }
    }
}
