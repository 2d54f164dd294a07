/**
 * Provisioning from the school's directory: the SCIM 2.0 endpoint {@code /scim/v2} that Microsoft
 * Entra ID's provisioning service calls, so a new colleague is enrolled, invited and asked to sign
 * without anyone typing their name, and a leaver drops out when the directory deactivates them. Uses
 * {@code staff}'s {@code StaffService} as the directory ("SCIM" on the audit trail). The bearer token
 * is kept as a SHA-256 only. See docs/decisions/0025-scim-provisioning.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "security", "staff" })
package nl.codewijzer.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
