package nl.codewijzer.staff;

import java.util.List;

/**
 * Invitation links for people who have no password yet: a new hire chooses their first password
 * through one. The onboarding module implements this; the staff admin only shows the links (after
 * adding people, and on request per person), so staff does not depend on onboarding.
 */
public interface InvitationLinks {

    /**
     * The links of the invitations the signed-in beheerder's latest additions received, each handed
     * out once: a link exists in full only for these few minutes, the database keeps a hash of it.
     */
    List<InvitationLink> takeFreshLinks();

    /** A new invitation for this person; older open ones stop working. */
    InvitationLink renew(long personId);
}
