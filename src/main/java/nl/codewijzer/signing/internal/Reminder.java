package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reminder sent to one person. The database allows one per person per day. */
@Entity
@Table(name = "signature_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn = LocalDate.EPOCH;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt = Instant.EPOCH;

    @Column(name = "sent_by_id", updatable = false)
    private @Nullable Long sentById;

    protected Reminder() {
    }

    public Reminder(long personId, long versionId, LocalDate sentOn, Instant sentAt, @Nullable Long sentById) {
        this.personId = personId;
        this.versionId = versionId;
        this.sentOn = sentOn;
        this.sentAt = sentAt;
        this.sentById = sentById;
    }

    public long personId() {
        return personId;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Reminder reminder && id != null && id.equals(reminder.id));
    }

    @Override
    public int hashCode() {
        return Reminder.class.hashCode();
    }
}
