package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An adopted version as signing knows it: copied from {@code VersionAdopted} once, and when it ended. */
@Entity
@Table(name = "signing_campaign")
public class SigningCampaign {

    @Id
    @Column(name = "version_id")
    private long versionId;

    @Column(name = "code_id", nullable = false, updatable = false)
    private long codeId;

    @Column(name = "code_title", nullable = false, updatable = false)
    private String codeTitle = "";

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256 = "";

    @Column(name = "adopted_at", nullable = false, updatable = false)
    private Instant adoptedAt = Instant.EPOCH;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected SigningCampaign() {
    }

    public SigningCampaign(long versionId, long codeId, String codeTitle, int versionNumber, String sha256,
            Instant adoptedAt) {
        this.versionId = versionId;
        this.codeId = codeId;
        this.codeTitle = codeTitle;
        this.versionNumber = versionNumber;
        this.sha256 = sha256;
        this.adoptedAt = adoptedAt;
    }

    public long versionId() {
        return versionId;
    }

    public long codeId() {
        return codeId;
    }

    public String codeTitle() {
        return codeTitle;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String sha256() {
        return sha256;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }

    public boolean active() {
        return endedAt == null;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SigningCampaign campaign && versionId == campaign.versionId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(versionId);
    }
}
