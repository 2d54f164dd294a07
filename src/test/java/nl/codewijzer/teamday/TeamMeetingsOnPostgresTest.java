package nl.codewijzer.teamday;

import nl.codewijzer.OnPostgres;

/** {@link TeamMeetingsTest} on PostgreSQL. */
@OnPostgres
class TeamMeetingsOnPostgresTest extends TeamMeetingsTest {
}
