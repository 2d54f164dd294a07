package nl.codewijzer.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One school account linked to one person: after the first match by e-mail, sign-in goes by this. */
@Entity
@Table(name = "sso_link")
public class SsoLinkRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, updatable = false)
    private String provider = "";

    @Column(nullable = false, updatable = false)
    private String subject = "";

    @Column(name = "email_at_link", nullable = false, updatable = false)
    private String emailAtLink = "";

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt = Instant.EPOCH;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt = Instant.EPOCH;

    protected SsoLinkRecord() {
    }

    public SsoLinkRecord(long personId, String provider, String subject, String emailAtLink, Instant now) {
        this.personId = personId;
        this.provider = provider;
        this.subject = subject;
        this.emailAtLink = emailAtLink;
        this.linkedAt = now;
        this.lastLoginAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Link not saved yet");
        }
        return id;
    }

    public long personId() {
        return personId;
    }

    public String provider() {
        return provider;
    }

    public String subject() {
        return subject;
    }

    public String emailAtLink() {
        return emailAtLink;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public void signedIn(Instant now) {
        this.lastLoginAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SsoLinkRecord link && id != null && id.equals(link.id));
    }

    @Override
    public int hashCode() {
        return SsoLinkRecord.class.hashCode();
    }
}
