package nl.codewijzer.teamday.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollStatus;
import org.jspecify.annotations.Nullable;

/** A poll on an agenda item. Opened once, revealed at most once, closed once. */
@Entity
@Table(name = "meeting_poll")
public class MeetingPoll {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long meetingId;
    private long itemId;
    private String question = "";
    @Enumerated(EnumType.STRING)
    private PollKind kind = PollKind.STELLING;
    private boolean anonymous;
    private String options = "";
    @Enumerated(EnumType.STRING)
    private PollStatus status = PollStatus.OPEN;
    private boolean revealed;
    private Instant openedAt = Instant.EPOCH;
    private @Nullable Instant closedAt;

    protected MeetingPoll() {
    }

    public MeetingPoll(long meetingId, long itemId, String question, PollKind kind, boolean anonymous,
            List<String> options, Instant openedAt) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.question = question;
        this.kind = kind;
        this.anonymous = anonymous;
        this.options = Lines.join(options);
        this.openedAt = openedAt;
    }

    public void close(Instant at) {
        this.status = PollStatus.GESLOTEN;
        this.closedAt = at;
    }

    public void reveal() {
        this.revealed = true;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long meetingId() {
        return meetingId;
    }

    public long itemId() {
        return itemId;
    }

    public String question() {
        return question;
    }

    public PollKind kind() {
        return kind;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public List<String> options() {
        return Lines.split(options);
    }

    public PollStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == PollStatus.OPEN;
    }

    public boolean revealed() {
        return revealed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingPoll poll && id != null && id.equals(poll.id);
    }

    @Override
    public int hashCode() {
        return MeetingPoll.class.hashCode();
    }
}
