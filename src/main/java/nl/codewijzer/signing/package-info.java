/**
 * Signing: every active staff member, and every new hire, signs the adopted version of a code;
 * whoever signed an earlier version first sees what changed. The school proves who acknowledged
 * which exact text (its SHA-256) and when: the campaign dashboard, the register (CSV and sealed PDF),
 * personal certificates with a verification code, and a public verification page. Starts from
 * codetext's {@code VersionAdopted} event; staff's {@code PersonJoined} and {@code PersonLeft}
 * keep the lists current. See docs/decisions/0011-signing.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "codetext", "consent :: events", "notification", "pdf", "school", "security", "staff" })
package nl.codewijzer.signing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
