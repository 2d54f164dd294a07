package nl.codewijzer.consent;

import org.springframework.modulith.NamedInterface;

/**
 * The schoolleiding took an attachment back from a round that was still open (the wrong file, say).
 * The trail keeps which file it was by its SHA-256, as it did when the file was added.
 */
@NamedInterface("events")
public record ConsentAttachmentRemoved(long roundId, long attachmentId, long versionId, String sha256)
        implements RoundAuditEvent {

    @Override
    public String auditAction() {
        return "consent.attachment-removed";
    }

    @Override
    public String auditDetails() {
        return "attachment=" + attachmentId + "; version=" + versionId + "; sha256=" + sha256;
    }
}
