package nl.codewijzer.consent.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.codewijzer.consent.CommentLine;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "consent_comment")
public class ConsentComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long roundId;
    private @Nullable Long authorId;
    private String authorName = "";
    private @Nullable String section;
    private String body = "";
    private Instant createdAt = Instant.EPOCH;

    protected ConsentComment() {
    }

    public ConsentComment(long roundId, @Nullable Long authorId, String authorName, @Nullable String section,
            String body, Instant createdAt) {
        this.roundId = roundId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.section = section;
        this.body = body;
        this.createdAt = createdAt;
    }

    public CommentLine toLine() {
        return new CommentLine(java.util.Objects.requireNonNull(id), authorName, section, body, createdAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentComment comment && id != null && id.equals(comment.id);
    }

    @Override
    public int hashCode() {
        return ConsentComment.class.hashCode();
    }
}
