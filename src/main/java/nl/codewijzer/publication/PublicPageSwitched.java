package nl.codewijzer.publication;

import nl.codewijzer.base.AuditableEvent;

/** The schoolleiding switched the public page of the code on or off. */
public record PublicPageSwitched(String slug, boolean enabled, int codes) implements AuditableEvent {

    @Override
    public String auditAction() {
        return enabled ? "public-page.on" : "public-page.off";
    }

    @Override
    public String auditObjectType() {
        return "public_page";
    }

    @Override
    public String auditObjectId() {
        return slug;
    }

    @Override
    public String auditDetails() {
        return "codes=" + codes;
    }
}
