package nl.codewijzer.teamday;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as lists and headers show it.
 *
 * @param date               the day the meeting was held once it started, else the planned date
 * @param joinCode           what staff type on their phones (six characters, no 0/O/1/I)
 * @param draftVersionId     the concept version made from this meeting's decisions, once made
 */
public record MeetingSummary(long id, long codeId, String codeTitle, String title, LocalDate date,
        MeetingStatus status, String joinCode, @Nullable String facilitator, int attendees,
        @Nullable Long draftVersionId, @Nullable Integer draftVersionNumber) {
}
