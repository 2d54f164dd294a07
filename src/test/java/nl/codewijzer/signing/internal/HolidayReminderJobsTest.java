package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.MovableClock;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.notification.InboxEntry;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolCalendar;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school's holidays as the people concerned notice them, through the real scheduled jobs
 * ({@link ReminderJobs}, as the scheduler calls them): no reminder in the voorjaarsvakantie, the
 * one due in it comes on the first working day after it, and the weekly digest skips a holiday
 * Monday and comes the Tuesday. Its own context, on a clock the test moves (February-April 2026).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class HolidayReminderJobsTest {

    /** Wednesday 4 February 2026, 10:00: the adoption; due two weeks later, Wednesday 18th, in the holiday. */
    private static final MovableClock CLOCK = new MovableClock(MovableClock.at(2026, 2, 4, 10, 0));

    @TestConfiguration
    static class TheSchoolCalendar {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    ReminderJobs jobs;
    @Autowired
    SchoolCalendar calendar;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_reminder_or_digest_goes_out_in_a_holiday_and_the_step_due_in_it_comes_on_the_first_working_day_after() {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Vakantietest");
        SignIn.as(users, "beheerder@school.example");
        calendar.addHoliday("voorjaarsvakantie", LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
        calendar.addHoliday("tweede paasdag", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6));
        assertThat(audit.page(new AuditFilter("holiday.added", null, null, null), 0, 10))
                .anySatisfy(entry -> assertThat(entry.details()).contains("name=voorjaarsvakantie",
                        "firstDay=2026-02-14", "lastDay=2026-02-22"));

        // Wednesday 11th, a week before the due date: the first reminder
        remindAt(at(2026, 2, 11, 8, 30));
        assertThat(reminded(version.id())).isEqualTo(1);
        // Wednesday 18th, the due date, in the holiday: nothing, nor on the other days of the holiday
        for (int day = 16; day <= 20; day++) {
            remindAt(at(2026, 2, day, 8, 30));
        }
        assertThat(reminded(version.id())).isEqualTo(1);
        assertThat(remindersInInbox(version.codeTitle())).hasSize(1);
        // the holiday's Monday brings no digest
        digestAt(at(2026, 2, 16, 8, 0));
        assertThat(digestsInInbox()).isEmpty();
        // Monday 23rd, the first working day after it: the due date's reminder
        remindAt(at(2026, 2, 23, 8, 30));
        assertThat(reminded(version.id())).isEqualTo(2);
        assertThat(lastReminded(version.id())).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(remindersInInbox(version.codeTitle())).hasSize(2);

        // Easter Monday 6 April: no digest; Tuesday the 7th is the week's first working day: the digest, once
        digestAt(at(2026, 4, 6, 8, 0));
        assertThat(digestsInInbox()).isEmpty();
        digestAt(at(2026, 4, 7, 8, 0));
        digestAt(at(2026, 4, 8, 8, 0));
        assertThat(digestsInInbox()).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).startsWith("Weekoverzicht ondertekening, week van 6 april 2026"));
    }

    private void remindAt(Instant moment) {
        CLOCK.set(moment);
        jobs.remind();
        nextDay();
    }

    private void digestAt(Instant moment) {
        CLOCK.set(moment);
        jobs.digest();
        nextDay();
    }

    /** The job's ShedLock row holds it for at least five minutes of real time: the next call is another day. */
    private void nextDay() {
        // (expired, not deleted: ShedLock remembers which rows exist and then only updates them)
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00'"
                + " where name in ('signing-reminders', 'signing-digest')");
    }

    private int reminded(long versionId) {
        return irisLine(versionId).reminders();
    }

    private LocalDate lastReminded(long versionId) {
        var last = irisLine(versionId).lastReminded();
        assertThat(last).isNotNull();
        return last;
    }

    private nl.codewijzer.signing.CampaignOverview.OutstandingLine irisLine(long versionId) {
        SignIn.as(users, "coordinator@school.example");
        return campaigns.overview(versionId).outstanding().stream().filter(line -> line.name().equals("Iris Hendriks"))
                .findFirst().orElseThrow();
    }

    private List<InboxEntry> remindersInInbox(String codeTitle) {
        SignIn.as(users, "iris.hendriks@school.example");
        return notifications.inbox().stream().filter(entry -> entry.subject().startsWith("Herinnering: onderteken " + codeTitle))
                .toList();
    }

    private List<InboxEntry> digestsInInbox() {
        SignIn.as(users, "coordinator@school.example");
        return notifications.inbox().stream().filter(entry -> entry.subject().startsWith("Weekoverzicht ondertekening"))
                .toList();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return MovableClock.at(year, month, day, hour, minute);
    }
}
