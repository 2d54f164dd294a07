package nl.codewijzer.consent;

import nl.codewijzer.OnPostgres;

/** {@link ConsentDocumentsTest} on PostgreSQL: the attachments' bytea and the new columns. */
@OnPostgres
class ConsentDocumentsOnPostgresTest extends ConsentDocumentsTest {
}
