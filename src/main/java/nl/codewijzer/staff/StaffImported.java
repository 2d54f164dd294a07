package nl.codewijzer.staff;

/** A CSV file of staff was imported; each person also has their own {@link PersonJoined}. */
public record StaffImported(int people) implements StaffListAuditEvent {

    @Override
    public String auditAction() {
        return "staff.imported";
    }
}
