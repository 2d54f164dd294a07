package nl.codewijzer.revision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** "Herziening starten" on an adopted version: the concept it created and the team day planned for it. Once per version. */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "code_id", nullable = false, updatable = false)
    private long codeId;

    @Column(name = "from_version_id", nullable = false, updatable = false)
    private long fromVersionId;

    @Column(name = "concept_version_id", nullable = false, updatable = false)
    private long conceptVersionId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "started_by_id", updatable = false)
    private @Nullable Long startedById;

    @Column(name = "started_by_name", nullable = false, updatable = false)
    private String startedByName = "";

    protected Revision() {
    }

    public Revision(long codeId, long fromVersionId, long conceptVersionId, long meetingId, Instant startedAt,
            @Nullable Long startedById, String startedByName) {
        this.codeId = codeId;
        this.fromVersionId = fromVersionId;
        this.conceptVersionId = conceptVersionId;
        this.meetingId = meetingId;
        this.startedAt = startedAt;
        this.startedById = startedById;
        this.startedByName = startedByName;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public long codeId() {
        return codeId;
    }

    public long fromVersionId() {
        return fromVersionId;
    }

    public long conceptVersionId() {
        return conceptVersionId;
    }

    public long meetingId() {
        return meetingId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedByName() {
        return startedByName;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Revision revision && id != null && id.equals(revision.id));
    }

    @Override
    public int hashCode() {
        return Revision.class.hashCode();
    }
}
