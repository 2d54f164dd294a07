package nl.codewijzer.base;

/**
 * The number of unread notifications of the signed-in person, for the badge in the shell. Defined
 * here so that the shell needs no feature module; the notification module implements it.
 */
public interface UnreadCount {

    long unreadCount();

    /** The route of the inbox the badge links to. */
    String inboxRoute();
}
