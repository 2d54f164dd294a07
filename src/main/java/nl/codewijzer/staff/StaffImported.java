package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** A CSV file of staff was imported; each person also has their own {@link PersonJoined}. */
public record StaffImported(int people) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "staff.imported";
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
