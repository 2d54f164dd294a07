package nl.codewijzer.teamday;

import java.util.Locale;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.internal.MinutesPdf;
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

    MeetingMinutes(MinutesAssembly assembly, MinutesPdf minutesPdf, MeetingState state) {
        this.assembly = assembly;
        this.minutesPdf = minutesPdf;
        this.state = state;
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
}
