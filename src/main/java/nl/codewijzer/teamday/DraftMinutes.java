package nl.codewijzer.teamday;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.MinutesPdf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes behind a concept version, for the MR (issue 15): the consent module hands the MR the
 * minutes of the team day(s) whose decisions made the concept it decides on. The readers of consent
 * rounds read them here, also MR members from the parents or students, who are not staff and do
 * not read minutes through {@link MeetingMinutes}; only the minutes of a meeting that made a draft.
 */
@Service
@PreAuthorize(Role.Require.CONSENT_READER)
public class DraftMinutes {

    private final MeetingRepository meetings;
    private final MinutesAssembly assembly;
    private final MinutesPdf minutesPdf;

    DraftMinutes(MeetingRepository meetings, MinutesAssembly assembly, MinutesPdf minutesPdf) {
        this.meetings = meetings;
        this.assembly = assembly;
        this.minutesPdf = minutesPdf;
    }

    /** The closed meetings whose decisions were written into one of these versions, in the order they closed. */
    @Transactional(readOnly = true)
    public List<MeetingBehindDraft> behind(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return meetings.behindDrafts(versionIds).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.AFGESLOTEN && meeting.draftVersionId() != null)
                .map(meeting -> new MeetingBehindDraft(meeting.id(), meeting.title(), meeting.heldOn(),
                        Objects.requireNonNull(meeting.draftVersionId()),
                        Objects.requireNonNull(meeting.draftVersionNumber())))
                .toList();
    }

    /** The minutes of a meeting that made a draft, as the same PDF staff download. */
    @Transactional(readOnly = true)
    public byte[] minutesPdf(long meetingId, Locale locale) {
        var meeting = meetings.findById(meetingId).filter(found -> found.draftVersionId() != null
                && found.status() == MeetingStatus.AFGESLOTEN)
                .orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
        return minutesPdf.render(assembly.of(meeting), locale);
    }
}
