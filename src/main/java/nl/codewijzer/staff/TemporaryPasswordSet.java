package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** The beheerder gave a person a temporary password (never recorded itself). */
public record TemporaryPasswordSet(long personId) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "person.temporary-password-set";
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
    public Long auditSubjectId() {
        return personId;
    }
}
