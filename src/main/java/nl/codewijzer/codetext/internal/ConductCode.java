package nl.codewijzer.codetext.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A code of conduct (or later another protocol); its text lives in its versions. */
@Entity
@Table(name = "conduct_code")
public class ConductCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug = "";

    @Column(nullable = false)
    private String title = "";

    @Column(name = "template_id", updatable = false)
    private @Nullable String templateId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ConductCode() {
    }

    public ConductCode(String slug, String title, @Nullable String templateId, Instant createdAt) {
        this.slug = slug;
        this.title = title;
        this.templateId = templateId;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Code not saved yet");
        }
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ConductCode code && id != null && id.equals(code.id));
    }

    @Override
    public int hashCode() {
        return ConductCode.class.hashCode();
    }
}
