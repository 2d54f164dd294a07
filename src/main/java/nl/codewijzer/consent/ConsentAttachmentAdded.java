package nl.codewijzer.consent;

import org.springframework.modulith.NamedInterface;

/**
 * The schoolleiding added a PDF to a consent round for the MR. The trail keeps its size and
 * SHA-256, which prove later which file the MR had; the file name stays with the round, since a
 * name may say more about a person than the trail should keep forever.
 */
@NamedInterface("events")
public record ConsentAttachmentAdded(long roundId, long attachmentId, long versionId, long sizeBytes, String sha256)
        implements RoundAuditEvent {

    @Override
    public String auditAction() {
        return "consent.attachment-added";
    }

    @Override
    public String auditDetails() {
        return "attachment=" + attachmentId + "; version=" + versionId + "; size=" + sizeBytes + "; sha256=" + sha256;
    }
}
