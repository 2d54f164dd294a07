package nl.codewijzer.notification.internal;

/** Mails were stored in the outbox in one go; once the transaction commits the senders take the new ones. */
public record MailsQueued(int count) {
}
