package nl.codewijzer.signing;

import nl.codewijzer.OnPostgres;

/** {@link SigningTest} on PostgreSQL, concurrent signers included. */
@OnPostgres
class SigningOnPostgresTest extends SigningTest {
}
