package nl.codewijzer.consent;

import java.time.Instant;
import nl.codewijzer.staff.MrGeleding;
import org.jspecify.annotations.Nullable;

/** One member of the voting geleding and their vote, if they voted. */
public record VoteLine(long personId, String name, @Nullable MrGeleding geleding, @Nullable VoteChoice choice,
        @Nullable String motivation, @Nullable Instant castAt) {
}
