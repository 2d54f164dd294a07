package nl.codewijzer.audit;

import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** An auditable action of a test, told apart from everything else in the shared database by its id. */
record Probe(String id, String details, @Nullable Long subject) implements AuditableEvent {

    static final String ACTION = "probe.done";

    Probe(String id) {
        this(id, "n=1", null);
    }

    @Override
    public String auditAction() {
        return ACTION;
    }

    @Override
    public String auditObjectType() {
        return "probe";
    }

    @Override
    public String auditObjectId() {
        return id;
    }

    @Override
    public String auditDetails() {
        return details;
    }

    @Override
    public @Nullable Long auditSubjectId() {
        return subject;
    }
}
