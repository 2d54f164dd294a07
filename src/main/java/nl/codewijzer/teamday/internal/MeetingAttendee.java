package nl.codewijzer.teamday.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.codewijzer.teamday.Attendee;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long meetingId;
    private long personId;
    private String personName = "";
    private Instant joinedAt = Instant.EPOCH;
    private boolean addedByFacilitator;

    protected MeetingAttendee() {
    }

    public MeetingAttendee(long meetingId, long personId, String personName, Instant joinedAt,
            boolean addedByFacilitator) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.personName = personName;
        this.joinedAt = joinedAt;
        this.addedByFacilitator = addedByFacilitator;
    }

    public Attendee toAttendee() {
        return new Attendee(personId, personName, joinedAt, addedByFacilitator);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingAttendee attendee && id != null && id.equals(attendee.id);
    }

    @Override
    public int hashCode() {
        return MeetingAttendee.class.hashCode();
    }
}
