package nl.codewijzer.staff;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** A person was added to the school (by hand or by import), or made active again. */
public record PersonJoined(long personId, LocalDate startDate) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "person.joined";
    }

    @Override
    public String auditObjectType() {
        return "person";
    }

    @Override
    public String auditObjectId() {
        return Long.toString(personId);
    }

    @Override
    public String auditDetails() {
        return "startDate=" + startDate;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
