package nl.codewijzer.teamday;

import java.util.HashMap;
import java.util.List;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.codetext.CodeSummary;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.internal.MeetingAttendee;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingItem;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingProposalRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.PollLedger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading team meetings: the list, one meeting, what the projector and phones show now, and the
 * facilitator's console. The coördinator and the schoolleiding run meetings; every signed-in staff
 * member joins with the code. What changes a meeting lives in one service per use case:
 * {@link MeetingPlanning} (the agenda), {@link MeetingFlow} (start, current item, close),
 * {@link MeetingAttendance}, {@link MeetingDecisions}, {@link MeetingMinutes}, {@link MeetingDrafts}
 * and {@link MeetingPolls} (polls, votes, proposals). Every change is announced to the open screens
 * through {@link MeetingBroadcaster}.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class TeamMeetings {

    /** Where phones join: {@code /doemee/<code>}. */

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingAttendeeRepository attendees;
    private final MeetingProposalRepository proposals;
    private final PollLedger ledger;
    private final CodeTexts codeTexts;
    private final MeetingState state;

    TeamMeetings(MeetingRepository meetings, MeetingItemRepository items, MeetingAttendeeRepository attendees,
            MeetingProposalRepository proposals, PollLedger ledger, CodeTexts codeTexts, MeetingState state) {
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.proposals = proposals;
        this.ledger = ledger;
        this.codeTexts = codeTexts;
        this.state = state;
    }

    /** Whether the caller plans and runs meetings. */
    public boolean canRun() {
        return state.canRun();
    }

    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings() {
        var attending = new HashMap<Long, Integer>();
        attendees.attendingPerMeeting().forEach(row -> attending.put((Long) row[0], ((Number) row[1]).intValue()));
        return meetings.newestFirst().stream().map(meeting -> meeting.toSummary(attending.getOrDefault(meeting.id(), 0)))
                .toList();
    }

    /** The codes a meeting can be about. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional(readOnly = true)
    public List<CodeSummary> codes() {
        return codeTexts.codes();
    }

    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public MeetingSummary meeting(long meetingId) {
        return state.summary(state.load(meetingId));
    }

    /** What the projector and the phones show now; counts of a hidden poll only for facilitators. */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public LiveMeeting live(long meetingId) {
        return state.live(state.load(meetingId));
    }

    /** Everything the facilitator's console shows. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional(readOnly = true)
    public MeetingConsole console(long meetingId) {
        var meeting = state.load(meetingId);
        var agenda = items.agenda(meetingId);
        var current = meeting.currentItemId();
        var currentPolls = current == null ? List.<PollState>of() : ledger.statesOfItem(current, true, state.myId());
        var live = state.live(meeting, agenda, currentPolls.stream().findFirst().orElse(null));
        return new MeetingConsole(live, agenda.stream().map(MeetingItem::toItem).toList(), currentPolls,
                proposals.newestFirst(meetingId).stream().map(proposal -> proposal.toProposal()).toList(),
                attendees.byName(meetingId).stream().map(MeetingAttendee::toAttendee)
                        .sorted(DutchNames.by(Attendee::name)).toList());
    }
}
