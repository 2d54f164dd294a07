package nl.codewijzer.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A row of the audit trail, for reading. Immutable: Hibernate never writes it back, and rows are
 * only ever added, by {@link AuditChain}. There is no code that changes or deletes one.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditRecord {

    @Id
    @Column(updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "actor_name_digest", nullable = false, updatable = false)
    private String actorNameDigest = "";

    @Column(nullable = false, updatable = false)
    private String action = "";

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType = "";

    @Column(name = "object_id", nullable = false, updatable = false)
    private String objectId = "";

    @Column(name = "subject_id", updatable = false)
    private @Nullable Long subjectId;

    @Column(nullable = false, updatable = false)
    private String details = "";

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash = "";

    @Column(nullable = false, updatable = false)
    private String hash = "";

    protected AuditRecord() {
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof AuditRecord record && seq == record.seq);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq);
    }
}
