package nl.codewijzer.teamday;

/**
 * Something on a meeting changed. Published by the services inside their transaction; the
 * {@link MeetingBroadcaster} hands it to the open screens of that meeting once the change is
 * committed, and each screen reads again what it shows. Not an audit event: it names no person.
 */
public record MeetingChange(long meetingId, What what) {

    public enum What {
        /** Status, current item or agenda: every screen follows. */
        FLOW,
        /** A poll opened, closed or was revealed. */
        POLL,
        /** A vote was cast or changed. */
        VOTES,
        PROPOSALS,
        ATTENDANCE,
        DECISION,
        /** The asynchronous window opened, moved or ended: the console follows. */
        ASYNC_WINDOW,
        /**
         * An asynchronous answer to an open question came in held, or a held one was hidden or shown: the
         * console's list of answers waiting for release follows (decision 0051).
         */
        ASYNC_ANSWERS
    }
}
