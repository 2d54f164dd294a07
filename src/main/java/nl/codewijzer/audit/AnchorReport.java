package nl.codewijzer.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the anchors of the audit trail say about the chain as it is now.
 *
 * @param anchors       how many anchors there are
 * @param lastConfirmed the newest anchor whose token verifies and whose row still has the anchored hash,
 *                      with the chain intact up to it: nobody can have rewritten the trail up to there
 *                      after its time
 * @param contradicted  the oldest anchor the chain contradicts: its row's hash changed, or the chain breaks
 *                      at or before its row; null when none does
 * @param unreadable    anchors whose token does not verify or does not cover the stored head (forged or
 *                      changed in the database)
 */
public record AnchorReport(int anchors, @Nullable Anchor lastConfirmed, @Nullable Anchor contradicted,
        int unreadable) {

    /** The head of the chain (row {@code seq}, its hash) as timestamped at a time by an authority. */
    public record Anchor(long seq, String headHash, Instant timestampedAt, String authority) {
    }
}
