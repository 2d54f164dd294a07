package nl.codewijzer.provisioning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A bearer token for the directory; only its SHA-256 is stored. */
@Entity
@Table(name = "scim_token")
public class ScimToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256 = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by_id", updatable = false)
    private @Nullable Long createdById;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ScimToken() {
    }

    public ScimToken(String tokenSha256, @Nullable Long createdById, Instant now) {
        this.tokenSha256 = tokenSha256;
        this.createdById = createdById;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Token not saved yet");
        }
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ScimToken token && id != null && id.equals(token.id));
    }

    @Override
    public int hashCode() {
        return ScimToken.class.hashCode();
    }
}
