package nl.codewijzer.base;

/**
 * An application event that belongs in the audit trail. Modules publish their own events and
 * implement this interface; the audit module listens for every {@code AuditableEvent} and
 * records it in the hash chain, so no module calls the audit module directly.
 *
 * <p>The actor is the signed-in person (or the system) on the thread that publishes the event;
 * events published on behalf of someone else name that person through {@link #auditSubjectId()}.
 */
public interface AuditableEvent {

    /** A stable, dotted machine name, for example version.saved or signature.recorded. */
    String auditAction();

    /** The kind of object acted on, for example code_version, person or meeting. */
    String auditObjectType();

    /** The id of that object, as text. */
    String auditObjectId();

    /**
     * Details worth proving later (a SHA-256, a version number, a status change), written as
     * {@code key=value} pairs separated by "; ". Never a password, token or anonymous vote's author.
     */
    default String auditDetails() {
        return "";
    }

    /** The person the action was about when that is not the object itself; {@code null} if none. */
    default @org.jspecify.annotations.Nullable Long auditSubjectId() {
        return null;
    }
}
