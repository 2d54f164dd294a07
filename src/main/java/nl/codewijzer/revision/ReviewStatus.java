package nl.codewijzer.revision;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the review of a code's adopted version stands.
 *
 * @param reviewDate  the evaluation date set at the adoption; null when the version was not adopted through a round
 * @param daysLeft    days from today to the evaluation date (negative once it has passed); 0 without a date
 * @param meetingId   the team day planned by "Herziening starten", once started
 */
public record ReviewStatus(long codeId, String codeTitle, long versionId, int versionNumber, @Nullable LocalDate reviewDate,
        long daysLeft, @Nullable Long meetingId, @Nullable Long conceptVersionId, @Nullable Instant startedAt,
        @Nullable String startedBy) {

    /** The reminders and the start page's card begin this many days before the evaluation date (six weeks). */
    public static final int DUE_FROM_DAYS = 42;

    public boolean started() {
        return meetingId != null;
    }

    /** Within six weeks of the evaluation date, or past it, and not started yet: the start page shows a card. */
    public boolean due() {
        return reviewDate != null && !started() && daysLeft <= DUE_FROM_DAYS;
    }

    /** The evaluation date has come (or passed) and nobody started the revision. */
    public boolean overdue() {
        return reviewDate != null && !started() && daysLeft <= 0;
    }
}
