package nl.codewijzer.staff;

import nl.codewijzer.OnPostgres;

/** {@link StaffImportTest} on PostgreSQL. */
@OnPostgres
class StaffImportOnPostgresTest extends StaffImportTest {
}
