package nl.codewijzer.teamday.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** That a person took part asynchronously in a meeting: no poll, no choice, no time. */
@Entity
@Table(name = "meeting_async_participant")
public class AsyncParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long meetingId;
    private long personId;

    protected AsyncParticipant() {
    }

    public AsyncParticipant(long meetingId, long personId) {
        this.meetingId = meetingId;
        this.personId = personId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AsyncParticipant participant && id != null && id.equals(participant.id);
    }

    @Override
    public int hashCode() {
        return AsyncParticipant.class.hashCode();
    }
}
