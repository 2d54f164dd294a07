package nl.codewijzer.consent;

import nl.codewijzer.OnPostgres;

/** {@link ConsentRoundsTest} on PostgreSQL. */
@OnPostgres
class ConsentRoundsOnPostgresTest extends ConsentRoundsTest {
}
