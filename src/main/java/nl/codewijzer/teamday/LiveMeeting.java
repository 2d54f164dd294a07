package nl.codewijzer.teamday;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the projector and the phones show right now.
 *
 * @param current       the item under discussion; null before the start
 * @param currentNumber its number among the items not skipped (1-based), 0 if none
 * @param itemCount     how many items are not skipped
 * @param currentSince  when the current item became current: the projector's timer counts from here
 * @param elapsedMillis how long ago that was, by the server's clock (a browser's clock may differ)
 * @param poll          the current item's newest poll, if any
 * @param joinUrl       the address phones open, with the join code
 */
public record LiveMeeting(MeetingSummary meeting, @Nullable AgendaItem current, int currentNumber, int itemCount,
        @Nullable Instant currentSince, long elapsedMillis, @Nullable PollState poll, int joined, String joinUrl) {

    public long id() {
        return meeting.id();
    }

    public MeetingStatus status() {
        return meeting.status();
    }
}
