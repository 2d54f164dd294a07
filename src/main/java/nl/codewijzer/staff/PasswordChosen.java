package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** A person chose their own password (after a temporary one, or to change it); the password itself is never recorded. */
public record PasswordChosen(long personId) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "person.password-chosen";
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
