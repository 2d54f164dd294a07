package nl.codewijzer.teamday;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.MinutesPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The minutes of a meeting, on screen and as PDF. */
@Service
@PreAuthorize(Role.Require.STAFF)
public class MeetingMinutes {

    private final MinutesAssembly assembly;
    private final MinutesPdf minutesPdf;
    private final MeetingState state;
    private final MeetingRepository meetings;
    private final ApplicationEventPublisher events;

    MeetingMinutes(MinutesAssembly assembly, MinutesPdf minutesPdf, MeetingState state, MeetingRepository meetings,
            ApplicationEventPublisher events) {
        this.assembly = assembly;
        this.minutesPdf = minutesPdf;
        this.state = state;
        this.meetings = meetings;
        this.events = events;
    }

    /**
     * The minutes: date, attendance and per agenda item the polls with their results, the proposals
     * and the decision. Facilitators read them at any time; other staff once the meeting is closed.
     */
    @Transactional(readOnly = true)
    public Minutes minutes(long meetingId) {
        var meeting = state.load(meetingId);
        if (!state.canRun() && meeting.status() != MeetingStatus.AFGESLOTEN) {
            throw new AccessDeniedException("The minutes are open to staff once the meeting is closed");
        }
        return assembly.of(meeting);
    }

    /** The minutes as a PDF, in the same font and look as the code's PDF. */
    @Transactional(readOnly = true)
    public byte[] minutesPdf(long meetingId, Locale locale) {
        return minutesPdf.render(minutes(meetingId), locale);
    }

    /**
     * Corrects the day a closed meeting was held, for example when it was started in the app on
     * another day than it took place. The day cannot lie after the day the meeting was closed, nor
     * more than a year before it (a slipped year, not a meeting). The change is on the audit trail;
     * a draft already made keeps the message it was saved with, as every saved version does.
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public Minutes correctDate(long meetingId, @Nullable LocalDate heldOn) {
        var meeting = state.locked(meetingId);
        if (meeting.status() != MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("heldOn", "teamday.error.held-on-not-closed");
        }
        if (heldOn == null) {
            throw new InvalidInput("heldOn", "teamday.error.held-on-missing");
        }
        var closedOn = LocalDate.ofInstant(Objects.requireNonNull(meeting.closedAt()), SchoolTime.ZONE);
        if (heldOn.isAfter(closedOn)) {
            throw new InvalidInput("heldOn", "teamday.error.held-on-after-close", closedOn);
        }
        if (heldOn.isBefore(closedOn.minusYears(1))) {
            throw new InvalidInput("heldOn", "teamday.error.held-on-too-early", closedOn);
        }
        var before = meeting.heldOn();
        if (!heldOn.equals(before)) {
            meeting.correctHeldOn(heldOn);
            meetings.saveAndFlush(meeting);
            events.publishEvent(new MeetingDateCorrected(meetingId, meeting.codeId(), before, heldOn));
            state.changed(meetingId, What.FLOW);
        }
        return assembly.of(meeting);
    }
}
