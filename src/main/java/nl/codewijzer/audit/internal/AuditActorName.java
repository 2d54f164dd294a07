package nl.codewijzer.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The actor's name at the time of a row, and the salt of the digest the chain holds. Written once
 * with its row; erased only when the person is pseudonymised ({@link AuditChain#eraseNames}).
 */
@Entity
@Immutable
@Table(name = "audit_actor_name")
public class AuditActorName {

    @Id
    @Column(updatable = false)
    private long seq;

    @Column(nullable = false, updatable = false)
    private String name = "";

    @Column(nullable = false, updatable = false)
    private String salt = "";

    protected AuditActorName() {
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof AuditActorName name && seq == name.seq);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq);
    }
}
