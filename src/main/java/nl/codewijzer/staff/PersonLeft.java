package nl.codewijzer.staff;

import java.time.LocalDate;

/** A person was deactivated as a leaver; they are kept, because signatures refer to them. */
public record PersonLeft(long personId, LocalDate endDate) implements PersonAuditEvent {

    @Override
    public String auditAction() {
        return "person.left";
    }

    @Override
    public String auditDetails() {
        return "endDate=" + endDate;
    }
}
