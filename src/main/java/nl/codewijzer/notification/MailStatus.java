package nl.codewijzer.notification;

/** Where an outgoing mail stands. */
public enum MailStatus {
    /** Waiting to be sent (again). */
    WACHTEND,
    VERZONDEN,
    /** Gave up after the maximum number of attempts. */
    MISLUKT,
    /** No mail server configured: kept in the outbox for the beheerder to read. */
    BEWAARD;

    public String labelKey() {
        return "mail.status." + name();
    }
}
