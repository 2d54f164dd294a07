package nl.codewijzer.audit;

import nl.codewijzer.OnPostgres;

/** {@link AuditTrailTest} on PostgreSQL: the hash chain under concurrent writers. */
@OnPostgres
class AuditTrailOnPostgresTest extends AuditTrailTest {
}
