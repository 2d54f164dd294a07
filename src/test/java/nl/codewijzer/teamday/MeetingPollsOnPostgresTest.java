package nl.codewijzer.teamday;

import nl.codewijzer.OnPostgres;

/** {@link MeetingPollsTest} on PostgreSQL: polls, votes and concurrent voters. */
@OnPostgres
class MeetingPollsOnPostgresTest extends MeetingPollsTest {
}
