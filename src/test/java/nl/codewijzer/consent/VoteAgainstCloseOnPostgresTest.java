package nl.codewijzer.consent;

import nl.codewijzer.OnPostgres;

/** {@link VoteAgainstCloseTest} on PostgreSQL, where the lock is a row lock without a timeout. */
@OnPostgres
class VoteAgainstCloseOnPostgresTest extends VoteAgainstCloseTest {
}
