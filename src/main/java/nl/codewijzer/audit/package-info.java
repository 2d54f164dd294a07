/**
 * The audit trail: an append-only, hash-chained log of what happened in the application (logins,
 * versions saved, submissions, votes, adoptions, signatures, exports, setting changes). Fed only by
 * events: every {@link nl.codewijzer.base.AuditableEvent} any module publishes is recorded in the
 * publisher's transaction; no module calls this one to log. The beheerder reads, filters, exports
 * and verifies the chain. See docs/decisions/0010-audit-trail-and-privacy.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "pdf", "security", "staff" })
package nl.codewijzer.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
