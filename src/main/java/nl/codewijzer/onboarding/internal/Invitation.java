package nl.codewijzer.onboarding.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import nl.codewijzer.onboarding.InvitationStatus;
import org.jspecify.annotations.Nullable;

/**
 * One invitation link. The token is not here, only its SHA-256: whoever reads the database cannot
 * open the link. {@code @Version} makes a link used in two tabs at once count only once.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Version
    private long rowVersion;
    private long personId;
    private String tokenSha256 = "";
    private @Nullable Long createdById;
    private Instant createdAt = Instant.EPOCH;
    private Instant validUntil = Instant.EPOCH;
    private @Nullable Instant usedAt;
    private @Nullable Instant revokedAt;
    private @Nullable Instant closedLinkSeenAt;
    private @Nullable Instant renewalAskedAt;

    protected Invitation() {
    }

    public Invitation(long personId, String tokenSha256, @Nullable Long createdById, Instant createdAt,
            Duration validFor) {
        this.personId = personId;
        this.tokenSha256 = tokenSha256;
        this.createdById = createdById;
        this.createdAt = createdAt;
        this.validUntil = createdAt.plus(validFor);
    }

    /** Works from its creation up to, not including, {@code validUntil}; used or revoked, it never works again. */
    public InvitationStatus statusAt(Instant now) {
        if (usedAt != null) {
            return InvitationStatus.USED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(validUntil) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Whether opening this closed link should be recorded now: the first time, then once per {@code interval}. */
    public boolean noteClosedLinkSeen(Instant now, Duration interval) {
        if (closedLinkSeenAt != null && now.isBefore(closedLinkSeenAt.plus(interval))) {
            return false;
        }
        closedLinkSeenAt = now;
        return true;
    }

    public void noteRenewalAsked(Instant now) {
        renewalAskedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Invitation not saved yet");
        }
        return id;
    }

    public long personId() {
        return personId;
    }

    public Instant validUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invitation invitation && id != null && id.equals(invitation.id);
    }

    @Override
    public int hashCode() {
        return Invitation.class.hashCode();
    }
}
