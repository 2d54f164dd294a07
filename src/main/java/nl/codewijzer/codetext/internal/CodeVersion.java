package nl.codewijzer.codetext.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.codewijzer.codetext.IllegalTransition;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.codetext.VersionSummary;
import org.jspecify.annotations.Nullable;

/**
 * One saved version. Its text and hash are written once: the columns are not updatable, and no
 * method changes them. Only the status moves, and only as {@link VersionStatus} allows.
 */
@Entity
@Table(name = "code_version")
public class CodeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "code_id", nullable = false, updatable = false)
    private ConductCode code;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status = VersionStatus.CONCEPT;

    @Column(nullable = false, updatable = false, length = 250_000)
    private String markdown = "";

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256 = "";

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false)
    private String message = "";

    @Column(updatable = false)
    private @Nullable String source;

    @Column(name = "parent_number", updatable = false)
    private @Nullable Integer parentNumber;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt = Instant.EPOCH;

    protected CodeVersion() {
        this.code = new ConductCode();
    }

    public CodeVersion(ConductCode code, int number, String markdown, @Nullable Long authorId, String authorName,
            Instant createdAt, String message, @Nullable String source, @Nullable Integer parentNumber) {
        this.code = code;
        this.number = number;
        this.markdown = markdown;
        this.sha256 = TextHash.sha256(markdown);
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.message = message;
        this.source = source;
        this.parentNumber = parentNumber;
        this.statusChangedAt = createdAt;
    }

    /** Moves to {@code target} if the machine allows it; otherwise refuses and changes nothing. */
    public void moveTo(VersionStatus target, Instant now) {
        if (!status.mayBecome(target)) {
            throw new IllegalTransition(status, target);
        }
        this.status = target;
        this.statusChangedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Version not saved yet");
        }
        return id;
    }

    public ConductCode code() {
        return code;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public String markdown() {
        return markdown;
    }

    public String sha256() {
        return sha256;
    }

    public @Nullable Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String message() {
        return message;
    }

    public @Nullable String source() {
        return source;
    }

    public @Nullable Integer parentNumber() {
        return parentNumber;
    }

    public VersionSummary toSummary() {
        return new VersionSummary(id(), code.id(), number, status, authorName, createdAt, message, source, parentNumber,
                sha256, statusChangedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof CodeVersion version && id != null && id.equals(version.id));
    }

    @Override
    public int hashCode() {
        return CodeVersion.class.hashCode();
    }
}
