package nl.codewijzer.consent;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment in a round's thread; {@code section} is the heading of the part of the text it is about. */
public record CommentLine(long id, String authorName, @Nullable String section, String body, Instant createdAt) {
}
