package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** The staff list was exported as CSV: personal data left the application. */
public record StaffExported(int people) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "staff.exported";
    }

    @Override
    public String auditObjectType() {
        return "staff_list";
    }

    @Override
    public String auditObjectId() {
        return "";
    }

    @Override
    public String auditDetails() {
        return "people=" + people;
    }
}
