package nl.codewijzer.codetext;

import nl.codewijzer.OnPostgres;

/** {@link CodeTextsTest} on PostgreSQL: saving, the status machine and two editors at once. */
@OnPostgres
class CodeTextsOnPostgresTest extends CodeTextsTest {
}
