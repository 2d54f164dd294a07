package nl.codewijzer.teamday;

import java.time.Clock;
import java.util.List;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.JoinCodes;
import nl.codewijzer.teamday.internal.MeetingAttendee;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is at a meeting: staff join with the code from the projector; the facilitator adds someone
 * without a phone, or takes someone off the list.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class MeetingAttendance {

    private final MeetingRepository meetings;
    private final MeetingAttendeeRepository attendees;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final UniqueKeyRetry retry;
    private final Clock clock;
    private final MeetingState state;

    MeetingAttendance(MeetingRepository meetings, MeetingAttendeeRepository attendees, StaffDirectory staff,
            CurrentUser currentUser, UniqueKeyRetry retry, Clock clock, MeetingState state) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.staff = staff;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
        this.state = state;
    }

    /**
     * Joins the meeting with the code from the projector: the caller is on the attendance list from
     * now on. A wrong code or a closed meeting is refused with a message at the code field.
     */
    @PreAuthorize(Role.Require.STAFF)
    public LiveMeeting join(String code) {
        var user = currentUser.require();
        var typed = JoinCodes.normalize(code);
        return retry.run(() -> {
            if (typed.isEmpty()) {
                throw new InvalidInput("code", "teamday.error.code-missing");
            }
            var meeting = meetings.byJoinCode(typed)
                    .orElseThrow(() -> new InvalidInput("code", "teamday.error.code-unknown", typed));
            if (meeting.status() == MeetingStatus.AFGESLOTEN) {
                throw new InvalidInput("code", "teamday.error.meeting-closed");
            }
            if (attendees.find(meeting.id(), user.personId()).isEmpty()) {
                attendees.saveAndFlush(new MeetingAttendee(meeting.id(), user.personId(), user.fullName(),
                        clock.instant(), false));
                state.changed(meeting.id(), What.ATTENDANCE);
            }
            return state.live(meeting);
        });
    }

    /** Adds someone who is there without a phone. */
    @PreAuthorize(Role.Require.FACILITATOR)
    public void addAttendee(long meetingId, long personId) {
        retry.run(() -> {
            var meeting = state.load(meetingId);
            if (meeting.status() == MeetingStatus.AFGESLOTEN) {
                throw new InvalidInput("attendee", "teamday.error.meeting-closed");
            }
            var person = staff.find(personId).filter(StaffMember::active)
                    .orElseThrow(() -> new InvalidInput("attendee", "teamday.error.person-unknown"));
            if (attendees.find(meetingId, personId).isEmpty()) {
                attendees.saveAndFlush(new MeetingAttendee(meetingId, personId, person.fullName(), clock.instant(), true));
                state.changed(meetingId, What.ATTENDANCE);
            }
            return null;
        });
    }

    /** Takes someone off the attendance list (added by mistake). */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public void removeAttendee(long meetingId, long personId) {
        if (state.load(meetingId).status() == MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("attendee", "teamday.error.meeting-closed");
        }
        attendees.find(meetingId, personId).ifPresent(attendee -> {
            attendees.delete(attendee);
            attendees.flush();
            state.changed(meetingId, What.ATTENDANCE);
        });
    }

    /** Active staff who are not on the attendance list yet, for the facilitator to add by hand. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional(readOnly = true)
    public List<StaffMember> absentStaff(long meetingId) {
        var present = attendees.byName(meetingId).stream().map(attendee -> attendee.toAttendee().personId()).toList();
        return staff.activeStaff().stream().filter(member -> !present.contains(member.id()))
                .sorted(DutchNames.by(StaffMember::fullName)).toList();
    }
}
