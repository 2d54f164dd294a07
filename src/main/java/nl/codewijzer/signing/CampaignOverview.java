package nl.codewijzer.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** The dashboard of one version's signing: numbers, per role, who is still outstanding and who signed. */
public record CampaignOverview(CampaignSummary summary, List<RoleCount> perRole, List<OutstandingLine> outstanding,
        List<SignedLine> signed) {

    /** Counts for the people holding one role (a person with two roles counts in both). */
    public record RoleCount(Role role, int signed, int outstanding, int overdue) {
    }

    /**
     * A person who has not signed yet; {@code reminders}: how often they were reminded of this version, by hand or by
     * the app; {@code questionAsked}: they asked a question before signing that waits for its answer ("vraag gesteld").
     */
    public record OutstandingLine(long requestId, long personId, String name, Set<Role> roles, LocalDate dueDate,
            boolean overdue, @Nullable LocalDate lastReminded, int reminders, boolean questionAsked) {
    }

    /**
     * A signature, for the list of who signed; {@code carriedFromVersion}: the earlier version it was
     * given for, when a redactional change carried it over to this one (null: signed this version).
     */
    public record SignedLine(long signatureId, long personId, String name, Instant signedAt, String verificationCode,
            boolean resigned, @Nullable Integer carriedFromVersion) {
    }
}
