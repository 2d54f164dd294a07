package nl.codewijzer.staff;

import java.time.LocalDate;

/** A person was added to the school (by hand or by import), or made active again. */
public record PersonJoined(long personId, LocalDate startDate) implements PersonAuditEvent {

    @Override
    public String auditAction() {
        return "person.joined";
    }

    @Override
    public String auditDetails() {
        return "startDate=" + startDate;
    }
}
