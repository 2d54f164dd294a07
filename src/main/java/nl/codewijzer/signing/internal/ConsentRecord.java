package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The MR's consent on a version, as the consent and codetext events told it, for the register. */
@Entity
@Table(name = "signing_consent")
public class ConsentRecord {

    @Id
    @Column(name = "version_id")
    private long versionId;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate = LocalDate.EPOCH;

    @Column(name = "round_id")
    private @Nullable Long roundId;

    protected ConsentRecord() {
    }

    public ConsentRecord(long versionId, LocalDate decisionDate, @Nullable Long roundId) {
        this.versionId = versionId;
        this.decisionDate = decisionDate;
        this.roundId = roundId;
    }

    public long versionId() {
        return versionId;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public @Nullable Long roundId() {
        return roundId;
    }

    /** The formal decision of a consent round replaces a date taken from the status change. */
    public void decided(LocalDate date, long round) {
        this.decisionDate = date;
        this.roundId = round;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ConsentRecord record && versionId == record.versionId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(versionId);
    }
}
