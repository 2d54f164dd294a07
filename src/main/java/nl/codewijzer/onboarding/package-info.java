/**
 * Onboarding: a person added without a password (by hand or by CSV import) gets an invitation, a
 * single-use link valid for 14 days through which they choose their first password and go on to
 * sign the code. Only the SHA-256 of a link's token is stored. Listens to {@code staff}'s
 * {@code PersonJoined} and {@code PersonLeft}; implements {@code staff}'s {@code InvitationLinks}. See
 * docs/decisions/0012-seal-and-invitations.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "notification", "school", "security", "staff" })
package nl.codewijzer.onboarding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
