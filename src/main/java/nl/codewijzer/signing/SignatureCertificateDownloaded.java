package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;

/** A personal signing certificate was downloaded (by its owner, or by the coördinator or schoolleiding). */
public record SignatureCertificateDownloaded(long signatureId, long personId) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.certificate-downloaded";
    }

    @Override
    public String auditObjectType() {
        return "signature";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(signatureId);
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
