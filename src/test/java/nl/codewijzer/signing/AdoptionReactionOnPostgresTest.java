package nl.codewijzer.signing;

import nl.codewijzer.OnPostgres;

/** {@link AdoptionReactionTest} on PostgreSQL. */
@OnPostgres
class AdoptionReactionOnPostgresTest extends AdoptionReactionTest {
}
