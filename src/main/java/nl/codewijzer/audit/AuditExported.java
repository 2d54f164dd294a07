package nl.codewijzer.audit;

import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The beheerder exported (part of) the trail as CSV; the export itself is on the record too. */
public record AuditExported(long rows, AuditFilter filter) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "audit.exported";
    }

    @Override
    public String auditObjectType() {
        return "audit_trail";
    }

    @Override
    public String auditObjectId() {
        return "";
    }

    @Override
    public String auditDetails() {
        var details = new StringBuilder("rows=").append(rows);
        part(details, "action", filter.action());
        part(details, "person", filter.personId());
        part(details, "from", filter.from());
        part(details, "to", filter.to());
        return details.toString();
    }

    private static void part(StringBuilder details, String key, @Nullable Object value) {
        if (value != null) {
            details.append("; ").append(key).append('=').append(value);
        }
    }
}
