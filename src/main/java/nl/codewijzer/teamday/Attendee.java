package nl.codewijzer.teamday;

import java.time.Instant;

/** Someone at the meeting: joined by phone, or added by the facilitator. */
public record Attendee(long personId, String name, Instant joinedAt, boolean addedByFacilitator) {
}
