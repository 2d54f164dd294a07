package nl.codewijzer.staff;

/** The staff list was exported as CSV: personal data left the application. */
public record StaffExported(int people) implements StaffListAuditEvent {

    @Override
    public String auditAction() {
        return "staff.exported";
    }
}
