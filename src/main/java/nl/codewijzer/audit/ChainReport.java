package nl.codewijzer.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying the audit trail: how many rows were checked, the chain's end as the
 * head row records it, and the first place where the chain is broken, if any; and how many recorded
 * events still wait to be chained (normally none: each is chained right after its action commits,
 * and one a crash left behind at the next start).
 */
public record ChainReport(long checked, long lastSeq, String lastHash, @Nullable Break broken, long pending) {

    /** Why the chain is broken at a row. */
    public enum Reason {
        /** The row's content no longer gives its hash: a column was changed afterwards. */
        CHANGED,
        /** The actor's name no longer gives the digest the chain holds: the name was changed. */
        NAME_CHANGED,
        /** The actor's name is gone, but that person was never pseudonymised. */
        NAME_REMOVED,
        /** Rows are missing here (a gap in the sequence): they were deleted. */
        MISSING,
        /** A row that does not belong at this place: it was inserted. */
        UNEXPECTED,
        /** The row does not point at the hash of the row before it: that row was replaced, or this one inserted. */
        LINK_BROKEN,
        /** The chain ends before the last row the head records: the newest rows were deleted. */
        END_MISSING,
        /** The last row is not the one the head records: it was replaced, or the head was changed. */
        HEAD_MISMATCH,
        /** A row after the recorded end of the chain: added outside the application. */
        BEYOND_HEAD;

        public String messageKey() {
            return "audit.verify.reason." + name();
        }
    }

    /** The first broken place: the row's number ({@code seq}) and why. */
    public record Break(long seq, Reason reason) {
    }

    public boolean intact() {
        return broken == null;
    }
}
