package nl.codewijzer.revision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.codewijzer.revision.FeedbackKind;
import nl.codewijzer.revision.FeedbackStatus;
import org.jspecify.annotations.Nullable;

/** Feedback on one article of an adopted version. Without a person when given anonymously. */
@Entity
@Table(name = "article_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "code_id", nullable = false, updatable = false)
    private long codeId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "article", nullable = false, updatable = false)
    private String article = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private FeedbackKind kind = FeedbackKind.ANDERS;

    @Column(name = "body", updatable = false)
    private @Nullable String body;

    @Column(name = "person_id", updatable = false)
    private @Nullable Long personId;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FeedbackStatus status = FeedbackStatus.NIEUW;

    @Column(name = "handled_at")
    private @Nullable Instant handledAt;

    @Column(name = "handled_by_name")
    private @Nullable String handledByName;

    @Column(name = "meeting_id")
    private @Nullable Long meetingId;

    protected Feedback() {
    }

    public Feedback(long codeId, long versionId, String article, FeedbackKind kind, @Nullable String body,
            @Nullable Long personId, LocalDate givenOn) {
        this.codeId = codeId;
        this.versionId = versionId;
        this.article = article;
        this.kind = kind;
        this.body = body;
        this.personId = personId;
        this.givenOn = givenOn;
    }

    /** Handled, or taken onto the agenda of {@code meeting}; only new feedback moves. */
    public void handle(FeedbackStatus to, @Nullable Long meeting, Instant at, String byName) {
        status = to;
        meetingId = meeting;
        handledAt = at;
        handledByName = byName;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long codeId() {
        return codeId;
    }

    public long versionId() {
        return versionId;
    }

    public String article() {
        return article;
    }

    public FeedbackKind kind() {
        return kind;
    }

    public @Nullable String body() {
        return body;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public FeedbackStatus status() {
        return status;
    }

    public @Nullable String handledByName() {
        return handledByName;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Feedback feedback && id != null && id.equals(feedback.id));
    }

    @Override
    public int hashCode() {
        return Feedback.class.hashCode();
    }
}
