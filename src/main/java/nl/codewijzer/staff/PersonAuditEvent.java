package nl.codewijzer.staff;

import nl.codewijzer.base.AuditableEvent;

/** An auditable event about one person: the person is both the object and the subject of the audit row. */
public interface PersonAuditEvent extends AuditableEvent {

    long personId();

    @Override
    default String auditObjectType() {
        return "person";
    }

    @Override
    default String auditObjectId() {
        return Long.toString(personId());
    }

    @Override
    default Long auditSubjectId() {
        return personId();
    }
}
