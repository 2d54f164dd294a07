package nl.codewijzer.provisioning;

import nl.codewijzer.base.AuditableEvent;

/** The beheerder applied a Google Workspace user export; each person's change has its own audit row too. */
public record GoogleWorkspaceImported(int added, int renamed, int left) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "google.import.applied";
    }

    @Override
    public String auditObjectType() {
        return "staff";
    }

    @Override
    public String auditObjectId() {
        return "";
    }

    @Override
    public String auditDetails() {
        return "added=" + added + "; renamed=" + renamed + "; left=" + left;
    }
}
