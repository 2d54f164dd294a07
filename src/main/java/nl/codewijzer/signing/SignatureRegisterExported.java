package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;

/** The register of a version left the application, as CSV or (sealed) PDF, or the adopted code as PDF. */
public record SignatureRegisterExported(long versionId, int versionNumber, Format format, int signatures)
        implements AuditableEvent {

    public enum Format { CSV, PDF, ADOPTED_CODE_PDF }

    @Override
    public String auditAction() {
        return "signature.register-exported";
    }

    @Override
    public String auditObjectType() {
        return "code_version";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(versionId);
    }

    @Override
    public String auditDetails() {
        return "number=" + versionNumber + "; format=" + format + "; signatures=" + signatures;
    }
}
