package nl.codewijzer;

/** {@link ScheduledJobsTest} on PostgreSQL. */
@OnPostgres
class ScheduledJobsOnPostgresTest extends ScheduledJobsTest {
}
