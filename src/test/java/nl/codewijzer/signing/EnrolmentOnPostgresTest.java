package nl.codewijzer.signing;

import nl.codewijzer.OnPostgres;

/** {@link EnrolmentTest} on PostgreSQL. */
@OnPostgres
class EnrolmentOnPostgresTest extends EnrolmentTest {
}
