package nl.codewijzer.staff;

import java.time.Instant;

/**
 * A link a new hire opens to choose their first password.
 *
 * @param mailed whether it also went out by e-mail (only when a mail server is configured)
 */
public record InvitationLink(long personId, String fullName, String email, String url, Instant validUntil,
        boolean mailed) {
}
