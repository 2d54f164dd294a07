package nl.codewijzer.onboarding;

import nl.codewijzer.base.AuditableEvent;

/** Everything that happens to an invitation, as the audit trail records it: the invitation is the object, its person the subject. */
public sealed interface InvitationEvent extends AuditableEvent
        permits InvitationCreated, InvitationUsed, ClosedInvitationOpened, NewInvitationRequested {

    long invitationId();

    long personId();

    @Override
    default String auditObjectType() {
        return "invitation";
    }

    @Override
    default String auditObjectId() {
        return Long.toString(invitationId());
    }

    @Override
    default Long auditSubjectId() {
        return personId();
    }
}
