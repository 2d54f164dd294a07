package nl.codewijzer.signing;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** The app sent the weekly digest of the signing campaigns to the coördinator and the schoolleiding. */
public record SigningDigestSent(LocalDate weekOf, int recipients, int campaigns, int overdue) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.digest-sent";
    }

    @Override
    public String auditObjectType() {
        return "signing_digest";
    }

    @Override
    public String auditObjectId() {
        return weekOf.toString();
    }

    @Override
    public String auditDetails() {
        return "recipients=" + recipients + "; campaigns=" + campaigns + "; overdue=" + overdue;
    }
}
