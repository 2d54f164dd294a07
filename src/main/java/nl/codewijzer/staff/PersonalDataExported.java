package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** A person downloaded their own data (AVG right of access). */
public record PersonalDataExported(long personId) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "personal-data.exported";
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
