package nl.codewijzer.signing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The signing of one adopted version, in numbers. People who left before signing ({@code dropped})
 * do not count as asked.
 *
 * @param endedAt     when the version stopped being the active one; null while it is
 * @param consentDate the MR's consent, if Codewijzer knows it
 */
public record CampaignSummary(long versionId, long codeId, String codeTitle, int versionNumber, String sha256,
        Instant adoptedAt, @Nullable Instant endedAt, @Nullable LocalDate consentDate, int asked, int signed,
        int outstanding, int overdue, int dropped) {

    public boolean active() {
        return endedAt == null;
    }

    /** Share signed, 0 to 1 (1 when nobody was asked). */
    public double progress() {
        return asked == 0 ? 1 : (double) signed / asked;
    }

    /** Whole percent signed, rounded down so that 99.6 % does not show as done. */
    public int percent() {
        return (int) Math.floor(progress() * 100);
    }
}
