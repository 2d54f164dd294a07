package nl.codewijzer.codetext;

import nl.codewijzer.base.AuditableEvent;

/** An auditable event about a version of a code: the version is the object of the audit row. */
public interface VersionAuditEvent extends AuditableEvent {

    long versionId();

    @Override
    default String auditObjectType() {
        return "code_version";
    }

    @Override
    default String auditObjectId() {
        return Long.toString(versionId());
    }
}
