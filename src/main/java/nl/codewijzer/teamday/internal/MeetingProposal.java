package nl.codewijzer.teamday.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.codewijzer.teamday.Proposal;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting_proposal")
public class MeetingProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long meetingId;
    private @Nullable Long itemId;
    private @Nullable Long authorId;
    private String authorName = "";
    private String text = "";
    private Instant createdAt = Instant.EPOCH;
    /** Sent during the asynchronous window, not in the room. */
    private boolean async;

    protected MeetingProposal() {
    }

    public MeetingProposal(long meetingId, @Nullable Long itemId, long authorId, String authorName, String text,
            Instant createdAt) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = createdAt;
    }

    /** Marks this proposal as sent during the asynchronous window; returns it. */
    public MeetingProposal async() {
        this.async = true;
        return this;
    }

    public boolean isAsync() {
        return async;
    }

    public Proposal toProposal() {
        return new Proposal(Objects.requireNonNull(id), itemId, text, authorName, createdAt, async);
    }

    public long meetingId() {
        return meetingId;
    }

    public @Nullable Long itemId() {
        return itemId;
    }

    public String authorName() {
        return authorName;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingProposal proposal && id != null && id.equals(proposal.id);
    }

    @Override
    public int hashCode() {
        return MeetingProposal.class.hashCode();
    }
}
