package nl.codewijzer.staff;

import nl.codewijzer.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * A module's part of a person's own data export (AVG: a person may have their data). Modules that
 * keep data about people (consent votes, signatures, the audit trail, ...) implement this as a
 * bean; {@link PersonalData} collects every implementation, so staff depends on none of them.
 */
public interface PersonalDataSource {

    /** The key of this part in the exported JSON file, e.g. {@code "consent"}; unique per module. */
    String section();

    /**
     * The data kept about this person, as records, lists and maps that serialise to JSON (dates as
     * {@code java.time} values). Called only for the signed-in person's own id; implementations
     * should refuse any other ({@link #requireOwn}).
     */
    Object dataFor(long personId);

    /**
     * Brings this part up to date before the export's read-only transaction opens, in a transaction of its own if
     * it writes (the audit trail chains the rows still waiting behind committed actions). Nothing by default.
     */
    default void beforeReading() {
    }

    /** Refuses unless {@code personId} is the signed-in person's own id. */
    static void requireOwn(CurrentUser currentUser, long personId) {
        if (currentUser.require().personId() != personId) {
            throw new AccessDeniedException("A person's data goes only to that person");
        }
    }
}
