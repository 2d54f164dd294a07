package nl.codewijzer.consent;

import java.util.List;
import nl.codewijzer.codetext.VersionComparison;
import org.jspecify.annotations.Nullable;

/**
 * Everything the review screen shows and may offer the person looking at it.
 *
 * @param comparison the proposed text against the version in force when the round was submitted; null for a first version
 * @param sections the headings of the proposed text, which comments may refer to
 */
public record RoundReview(RoundSummary round, String markdown, @Nullable VersionComparison comparison,
        List<String> sections, List<VoteLine> votes, Tally tally, Outcome provisionalOutcome,
        List<CommentLine> comments, @Nullable VoteLine myVote, long daysLeft, boolean canVote, boolean canComment,
        boolean canClose, boolean canAdopt, boolean canFollowUp, boolean canWithdraw) {
}
