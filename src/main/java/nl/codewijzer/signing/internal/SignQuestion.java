package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's question about a version they are asked to sign, and the answer once given
 * (decision 0044). While unanswered, their request shows "vraag gesteld".
 */
@Entity
@Table(name = "sign_question")
public class SignQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false, updatable = false)
    private String question = "";

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt = Instant.EPOCH;

    private @Nullable String answer;

    @Column(name = "answered_by")
    private @Nullable Long answeredBy;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    protected SignQuestion() {
    }

    public SignQuestion(long personId, long versionId, String question, Instant askedAt) {
        this.personId = personId;
        this.versionId = versionId;
        this.question = question;
        this.askedAt = askedAt;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long personId() {
        return personId;
    }

    public long versionId() {
        return versionId;
    }

    public String question() {
        return question;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public @Nullable String answer() {
        return answer;
    }

    public @Nullable Long answeredBy() {
        return answeredBy;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public boolean answered() {
        return answer != null;
    }

    public void answer(String text, long by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
