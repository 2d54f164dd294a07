package nl.codewijzer.teamday;

import java.time.LocalDate;

/**
 * A closed meeting whose decisions were written into a concept version ("Maak concept"): what the
 * MR receives the minutes of with that concept (issue 15).
 */
public record MeetingBehindDraft(long meetingId, String title, LocalDate heldOn, long versionId, int versionNumber) {
}
