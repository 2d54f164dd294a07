package nl.codewijzer.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.codewijzer.notification.MailStatus;
import nl.codewijzer.notification.OutboxEntry;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    /** After this many failed attempts the mail is marked failed and no longer retried. */
    public static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String recipient = "";
    private String subject = "";
    private String body = "";
    @Enumerated(EnumType.STRING)
    private MailStatus status = MailStatus.WACHTEND;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant sentAt;
    /** Set by the sender that claimed the mail (see {@link OutboxRepository#claim}); null when nobody holds it. */
    private @Nullable String claimToken;
    private @Nullable Instant claimedUntil;
    /** Besides the recipient, the roles that may read the body in the outbox ({@link MailReaders}); null: nobody. */
    private @Nullable String readers;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, MailStatus status, Instant createdAt) {
        this(recipient, subject, body, status, createdAt, null);
    }

    public OutgoingMail(String recipient, String subject, String body, MailStatus status, Instant createdAt,
            @Nullable String readers) {
        this.readers = readers;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = createdAt;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    /** What an attempt that failed with this error leaves: waiting for the next try, or failed for good. */
    public static MailStatus afterFailedAttempt(int attemptsSoFar) {
        return attemptsSoFar >= MAX_ATTEMPTS ? MailStatus.MISLUKT : MailStatus.WACHTEND;
    }

    /** The error as the outbox keeps it. */
    public static String shortError(String error) {
        return error.length() > 500 ? error.substring(0, 500) : error;
    }

    /** Besides the recipient, the roles that may read the body in the outbox. */
    public java.util.Set<nl.codewijzer.security.Role> readers() {
        return MailReaders.parse(readers);
    }

    /** The mail as the outbox shows it; {@code showBody} false leaves the body out (the entry says it is withheld). */
    public OutboxEntry toEntry(boolean showBody) {
        return new OutboxEntry(id(), recipient, subject, showBody ? body : null, status, attempts, lastError,
                createdAt, sentAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutgoingMail mail && id != null && id.equals(mail.id);
    }

    @Override
    public int hashCode() {
        return OutgoingMail.class.hashCode();
    }
}
