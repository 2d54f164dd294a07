package nl.codewijzer.demo;

import nl.codewijzer.OnPostgres;

/**
 * {@link DemoSchoolOnExistingDatabaseTest} on PostgreSQL, the database on which two servers really do start at
 * once: the first beheerder, the demo school left out of a database with people, and both made once when two
 * servers fill an empty database at the same moment (decision 0048).
 */
@OnPostgres
class DemoSchoolOnExistingDatabaseOnPostgresTest extends DemoSchoolOnExistingDatabaseTest {
}
