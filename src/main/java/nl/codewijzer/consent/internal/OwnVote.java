package nl.codewijzer.consent.internal;

import java.time.Instant;
import nl.codewijzer.consent.VoteChoice;
import org.jspecify.annotations.Nullable;

/** A person's own vote in a round whose votes are by name, for their data export. */
public record OwnVote(long roundId, String codeTitle, int versionNumber, VoteChoice choice, @Nullable String motivation,
        Instant castAt) {
}
