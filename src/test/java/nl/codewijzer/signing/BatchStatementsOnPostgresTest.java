package nl.codewijzer.signing;

import nl.codewijzer.OnPostgres;

/** {@link BatchStatementsTest} on PostgreSQL. */
@OnPostgres
class BatchStatementsOnPostgresTest extends BatchStatementsTest {
}
