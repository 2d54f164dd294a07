package nl.codewijzer.codetext;

import java.time.Instant;

/**
 * A version moved from one status to another (for the audit trail and workflow modules). In the
 * trail each step has its own action (submitted, consented, refused, adopted, superseded,
 * withdrawn), so the log reads as the code's history; {@link VersionAdopted} is therefore not
 * recorded a second time.
 */
public record VersionStatusChanged(long codeId, long versionId, VersionStatus from, VersionStatus to, Instant changedAt)
        implements VersionAuditEvent {

    @Override
    public String auditAction() {
        return switch (to) {
            case TER_INSTEMMING -> "version.submitted";
            case INGESTEMD -> "version.consented";
            case NIET_INGESTEMD -> "version.refused";
            case VASTGESTELD -> "version.adopted";
            case VERVANGEN -> "version.superseded";
            case INGETROKKEN -> "version.withdrawn";
            case CONCEPT -> "version.status-changed";
        };
    }

    @Override
    public String auditDetails() {
        return "code=" + codeId + "; from=" + from + "; to=" + to;
    }
}
