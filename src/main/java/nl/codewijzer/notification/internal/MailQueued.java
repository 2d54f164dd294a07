package nl.codewijzer.notification.internal;

/** A mail was stored in the outbox; it is sent once the transaction that stored it commits. */
public record MailQueued(long mailId) {
}
