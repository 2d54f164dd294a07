package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** An auditable event about the staff list as a whole, such as a CSV import or export. */
public interface StaffListAuditEvent extends AuditableEvent {

    /** How many people the file held. */
    int people();

    @Override
    default String auditObjectType() {
        return "staff_list";
    }

    @Override
    default String auditObjectId() {
        return "";
    }

    @Override
    default String auditDetails() {
        return "people=" + people();
    }
}
