package nl.codewijzer.provisioning;

import nl.codewijzer.base.AuditableEvent;

/** The beheerder made a new SCIM token ({@code created}) or revoked one. Never carries the token. */
public record ScimTokenChanged(long tokenId, boolean created) implements AuditableEvent {

    @Override
    public String auditAction() {
        return created ? "scim.token.created" : "scim.token.revoked";
    }

    @Override
    public String auditObjectType() {
        return "scim_token";
    }

    @Override
    public String auditObjectId() {
        return Long.toString(tokenId);
    }
}
