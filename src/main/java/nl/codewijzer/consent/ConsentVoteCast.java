package nl.codewijzer.consent;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An MR member cast (or changed) their vote in a round. The voter is the actor of the audit row;
 * the choice is recorded only when the round's reglement names votes ({@code namedChoice} is
 * {@code null} otherwise), so the trail never links a voter to a vote the MR keeps to counts.
 */
@NamedInterface("events")
public record ConsentVoteCast(long roundId, long versionId, @Nullable VoteChoice namedChoice)
        implements RoundAuditEvent {

    @Override
    public String auditAction() {
        return "consent.vote-cast";
    }

    @Override
    public String auditDetails() {
        return "version=" + versionId + (namedChoice == null ? "" : "; choice=" + namedChoice);
    }
}
