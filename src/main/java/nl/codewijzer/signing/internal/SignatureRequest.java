package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.codewijzer.signing.RequestStatus;
import org.jspecify.annotations.Nullable;

/** One person asked to sign one version. Never deleted: what happened to it stays on record. */
@Entity
@Table(name = "signature_request")
public class SignatureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt = Instant.EPOCH;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "previous_version_id", updatable = false)
    private @Nullable Long previousVersionId;

    /** Set when a redactional change carried the person's signature of the replaced version over to this one. */
    @Column(name = "carried_signature_id", updatable = false)
    private @Nullable Long carriedSignatureId;

    /** 0: the version's own campaign; otherwise the yearly re-confirmation of that school year (decision 0053). */
    @Column(name = "round_year", nullable = false, updatable = false)
    private int roundYear;

    protected SignatureRequest() {
    }

    public SignatureRequest(long personId, long versionId, Instant requestedAt, LocalDate dueDate,
            @Nullable Long previousVersionId) {
        this.personId = personId;
        this.versionId = versionId;
        this.requestedAt = requestedAt;
        this.dueDate = dueDate;
        this.previousVersionId = previousVersionId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Request not saved yet");
        }
        return id;
    }

    public long personId() {
        return personId;
    }

    public long versionId() {
        return versionId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public RequestStatus status() {
        return status;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable Long previousVersionId() {
        return previousVersionId;
    }

    /** The signature (of an earlier version) that counts for this request after a redactional change; null otherwise. */
    public @Nullable Long carriedSignatureId() {
        return carriedSignatureId;
    }

    /** 0 for the version's own campaign; the school year's first calendar year for a yearly re-confirmation. */
    public int roundYear() {
        return roundYear;
    }

    public boolean open() {
        return status == RequestStatus.OPEN;
    }

    public boolean overdue(LocalDate today) {
        return open() && dueDate.isBefore(today);
    }

    public void signed(Instant at) {
        close(RequestStatus.SIGNED, at);
    }

    /** The person left before signing. */
    public void drop(Instant at) {
        close(RequestStatus.DROPPED, at);
    }

    /** The version is no longer the one to sign. */
    public void supersede(Instant at) {
        close(RequestStatus.SUPERSEDED, at);
    }

    /** A leaver came back while the version is still active: they are asked again, with a new due date. */
    public void reopen(Instant at, LocalDate due) {
        if (status == RequestStatus.DROPPED) {
            status = RequestStatus.OPEN;
            closedAt = null;
            requestedAt = at;
            dueDate = due;
        }
    }

    private void close(RequestStatus target, Instant at) {
        if (status == RequestStatus.OPEN) {
            status = target;
            closedAt = at;
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SignatureRequest request && id != null && id.equals(request.id));
    }

    @Override
    public int hashCode() {
        return SignatureRequest.class.hashCode();
    }
}
