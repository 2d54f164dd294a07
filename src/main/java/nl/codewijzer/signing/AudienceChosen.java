package nl.codewijzer.signing;

import java.util.Set;
import java.util.stream.Collectors;
import nl.codewijzer.base.AuditableEvent;
import nl.codewijzer.staff.StaffFunction;

/** The groups that must sign a version were chosen (empty: all staff). */
public record AudienceChosen(long versionId, Set<StaffFunction> functions) implements AuditableEvent {

    public AudienceChosen {
        functions = Set.copyOf(functions);
    }

    @Override
    public String auditAction() {
        return "signature.audience-chosen";
    }

    @Override
    public String auditObjectType() {
        return "code_version";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(versionId);
    }

    @Override
    public String auditDetails() {
        return "functions=" + (functions.isEmpty() ? "ALL"
                : functions.stream().sorted().map(StaffFunction::name).collect(Collectors.joining(",")));
    }
}
