package nl.codewijzer.teamday.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A meeting's asynchronous window (decision 0051): one per meeting, replaced when set again. */
@Entity
@Table(name = "meeting_async_window")
public class AsyncWindowRow {

    @Id
    private long meetingId;
    private Instant startsAt = Instant.EPOCH;
    private Instant endsAt = Instant.EPOCH;
    private String openedByName = "";
    private Instant openedAt = Instant.EPOCH;
    private @Nullable Instant endedAt;

    protected AsyncWindowRow() {
    }

    public AsyncWindowRow(long meetingId) {
        this.meetingId = meetingId;
    }

    public void set(Instant startsAt, Instant endsAt, String openedByName, Instant openedAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.openedByName = openedByName;
        this.openedAt = openedAt;
        this.endedAt = null;
    }

    /** Whether votes are accepted at this moment: from startsAt up to (not including) endsAt. */
    public boolean openAt(Instant now) {
        return endedAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** Whether the window still lies (partly) ahead, so closed anonymous polls must keep their keys. */
    public boolean pendingAt(Instant now) {
        return endedAt == null && now.isBefore(endsAt);
    }

    public void ended(Instant at) {
        this.endedAt = at;
    }

    public long meetingId() {
        return meetingId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String openedByName() {
        return openedByName;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }
}
