package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;

/**
 * The register of a version left the application, as CSV or (sealed) PDF, or the adopted code as PDF.
 *
 * @param roundYear 0 for the version's own campaign; for the register of a yearly round (decision 0053)
 *     the first calendar year of its school year
 */
public record SignatureRegisterExported(long versionId, int versionNumber, Format format, int signatures, int roundYear)
        implements AuditableEvent {

    public SignatureRegisterExported(long versionId, int versionNumber, Format format, int signatures) {
        this(versionId, versionNumber, format, signatures, 0);
    }

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
        return "number=" + versionNumber + "; format=" + format + "; signatures=" + signatures
                + YearlyReconfirmations.auditDetail(roundYear);
    }
}
