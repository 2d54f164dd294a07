package nl.codewijzer.teamday;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rule text someone sent from their phone, for the agenda item that was current then; or, {@code async},
 * during the meeting's asynchronous window for an agenda item of their choice.
 */
public record Proposal(long id, @Nullable Long itemId, String text, String author, Instant createdAt, boolean async) {
}
