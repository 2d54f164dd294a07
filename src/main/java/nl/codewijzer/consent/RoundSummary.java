package nl.codewijzer.consent;

import java.time.Instant;
import java.time.LocalDate;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.VotingGeleding;
import org.jspecify.annotations.Nullable;

/**
 * A consent round as lists and the review screen show it; {@code redactionalReason} is set when the
 * version was adopted as a redactional change (earlier signatures still count).
 */
public record RoundSummary(long id, long codeId, long versionId, int versionNumber, String codeTitle, String sha256,
        String submittedBy, Instant submittedAt, String toelichting, LocalDate deadline, VotingGeleding votingGeleding,
        int quorumPercent, MajorityRule majorityRule, RoundStatus status, @Nullable Outcome outcome,
        @Nullable Instant closedAt, @Nullable String closedBy, @Nullable LocalDate decisionDate,
        @Nullable String decisionReasons, @Nullable FollowUp followUp, @Nullable String followUpNote,
        @Nullable LocalDate effectiveDate, @Nullable LocalDate reviewDate, @Nullable Instant adoptedAt,
        @Nullable String redactionalReason) {
}
