package nl.codewijzer.staff;

import java.time.LocalDate;
import nl.codewijzer.base.AuditableEvent;

/** A person was deactivated as a leaver; they are kept, because signatures refer to them. */
public record PersonLeft(long personId, LocalDate endDate) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "person.left";
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
        return "endDate=" + endDate;
    }

    @Override
    public Long auditSubjectId() {
        return personId;
    }
}
