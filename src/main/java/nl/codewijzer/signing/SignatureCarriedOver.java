package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;

/**
 * A version was adopted as a redactional change, and this person's signature of the version it
 * replaced still counts for it: they are not asked to sign again. On the person's own trail, with
 * the signature that counts and the reason the schoolleiding gave.
 */
public record SignatureCarriedOver(long requestId, long personId, long versionId, int versionNumber, long signatureId,
        int signedVersionNumber, String reason) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.carried-over";
    }

    @Override
    public String auditObjectType() {
        return "signature_request";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(requestId);
    }

    @Override
    public String auditDetails() {
        return "version=" + versionId + "; number=" + versionNumber + "; signature=" + signatureId
                + "; signedNumber=" + signedVersionNumber + "; reason=" + reason;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
