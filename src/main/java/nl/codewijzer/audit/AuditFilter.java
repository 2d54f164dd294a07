package nl.codewijzer.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The trail's filter: one action, one person (who acted or was acted on), and a range of days in
 * school time, both ends included. A {@code null} part does not filter.
 */
public record AuditFilter(@Nullable String action, @Nullable Long personId, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
