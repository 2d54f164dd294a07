package nl.codewijzer.pdf;

import java.time.Instant;
import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** An archived document got a new archive timestamp, before the previous one's certificate ended. */
public record ArchivedPdfRenewed(long archiveId, String kind, long subjectId, int renewals, String sha256,
        @Nullable Instant validUntil) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "seal.archive-renewed";
    }

    @Override
    public String auditObjectType() {
        return "sealed_archive";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(archiveId);
    }

    @Override
    public String auditDetails() {
        return "kind=" + kind + "; subject=" + subjectId + "; renewals=" + renewals + "; sha256=" + sha256
                + (validUntil == null ? "" : "; valid_until=" + validUntil);
    }
}
