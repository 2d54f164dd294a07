package nl.codewijzer.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Locale;
import nl.codewijzer.StatementCounter;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.AutomaticReminders;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.staff.StaffDirectory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign that runs itself (issue 14), at the size of a large school, measured (not asserted)
 * on an H2 file database with durable commits as shipped: a school of 2,000 staff with 1,500 who
 * have not signed a code whose due date is today, so that the schedule reminds all 1,500.
 *
 * <ol>
 *   <li>The SQL statements of one reminder run and of one Monday digest, at 25 staff (19
 *       outstanding) and at 2,000 (1,500 outstanding), counted on the connection
 *       ({@link StatementCounter}): they must not grow with the staff.</li>
 *   <li>The time of the reminder run (every reminder row, inbox row and mail queued in the outbox)
 *       and of the digest; target: at most 2 s to queue everything.</li>
 * </ol>
 * The app runs on a clock of its own, standing at 10:00 on a Monday (the schedule sends nothing at
 * night or at the weekend). Writes {@code target/benchmarks/reminders.json}.
 *
 * <p>Run alone: {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.ReminderBenchmark}
 */
public final class ReminderBenchmark {

    private static final double TARGET_MS = 2_000;

    private ReminderBenchmark() {
    }

    /** The figures of one school: statements and milliseconds of the reminder run and the digest, and how many. */
    private record Run(int staff, int outstanding, int reminded, int remindStatements, double remindMs,
            int digestRecipients, int digestStatements, double digestMs, long mailsQueued) {
    }

    public static void main(String[] args) throws Exception {
        var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var monday = LocalDate.now(SchoolTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var small = school(args, monday, 22, 19);
        var large = school(args, monday, 1_997, 1_500);
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "reminders",
                  "java": "%s",
                  "systemLoadAtStart": %.2f,
                  "staffSmall": %d,
                  "outstandingSmall": %d,
                  "staffLarge": %d,
                  "outstandingLarge": %d,
                  "remindedLarge": %d,
                  "reminderRunStatementsSmall": %d,
                  "reminderRunStatementsLarge": %d,
                  "digestStatementsSmall": %d,
                  "digestStatementsLarge": %d,
                  "statementsEqual": %s,
                  "reminderRunLargeMs": %.1f,
                  "digestLargeMs": %.1f,
                  "mailsQueuedLarge": %d,
                  "targetMs": %.0f,
                  "withinTarget": %s
                }
                """, System.getProperty("java.version"), load, small.staff(), small.outstanding(), large.staff(),
                large.outstanding(), large.reminded(), small.remindStatements(), large.remindStatements(),
                small.digestStatements(), large.digestStatements(),
                small.remindStatements() == large.remindStatements() && small.digestStatements() == large.digestStatements(),
                large.remindMs(), large.digestMs(), large.mailsQueued(), TARGET_MS,
                large.remindMs() + large.digestMs() <= TARGET_MS);
        System.out.printf(Locale.ROOT, "reminder run: %d statements at %d staff (%d outstanding), %d at %d staff (%d "
                + "outstanding)%n", small.remindStatements(), small.staff(), small.outstanding(), large.remindStatements(),
                large.staff(), large.outstanding());
        System.out.printf(Locale.ROOT, "Monday digest: %d statements at %d staff, %d at %d staff%n",
                small.digestStatements(), small.staff(), large.digestStatements(), large.staff());
        System.out.printf(Locale.ROOT, "at %d staff: %d reminders queued in %.1f ms, digest to %d in %.1f ms "
                + "(target together <= %.0f ms)%n", large.staff(), large.reminded(), large.remindMs(),
                large.digestRecipients(), large.digestMs(), TARGET_MS);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "reminders.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    /**
     * A school of {@code others} staff plus the coördinator, the directeur and the beheerder, on a database of its
     * own, with a code adopted two weeks before {@code monday} (due that day) that all but
     * {@code outstanding} have signed; then, at 10:00 that Monday, one reminder run and one digest.
     */
    private static Run school(String[] args, LocalDate monday, int others, int outstanding) throws Exception {
        var folder = Path.of("target", "benchmark-reminders", String.valueOf(System.nanoTime())).toAbsolutePath();
        Files.createDirectories(folder);
        var clock = Clock.fixed(monday.atTime(LocalTime.of(10, 0)).atZone(SchoolTime.ZONE).toInstant(), SchoolTime.ZONE);
        ApplicationContextInitializer<ConfigurableApplicationContext> atTen = context ->
                ((GenericApplicationContext) context).registerBean("benchmarkClock", Clock.class, () -> clock,
                        definition -> definition.setPrimary(true));
        try (var context = SigningBenchmark.start("jdbc:h2:file:" + folder.resolve("codewijzer") + ";WRITE_DELAY=0",
                args, atTen)) {
            var school = new SigningBenchmark.School(context);
            school.seedStaff(others, "collega");
            var staff = context.getBean(StaffDirectory.class);
            var members = SystemActor.runAs(() -> staff.activeStaff());
            pastCampaign(context, school, monday, members.stream().map(member -> member.id()).toList(), outstanding);
            var automatic = context.getBean(AutomaticReminders.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            long mailsBefore = mails(jdbc);
            long start = System.nanoTime();
            var reminded = StatementCounter.count(() -> SystemActor.runAs(automatic::remindDue));
            double remindMs = (System.nanoTime() - start) / 1_000_000.0;
            long mailsQueued = mails(jdbc) - mailsBefore;
            start = System.nanoTime();
            var digest = StatementCounter.count(() -> SystemActor.runAs(automatic::sendWeeklyDigest));
            double digestMs = (System.nanoTime() - start) / 1_000_000.0;
            if (reminded.result().size() != outstanding) {
                throw new IllegalStateException(reminded.result().size() + " of " + outstanding + " reminded");
            }
            return new Run(members.size(), outstanding, reminded.result().size(), reminded.statements(), remindMs,
                    digest.result(), digest.statements(), digestMs, mailsQueued);
        }
    }

    /** Adopted two weeks before Monday at 09:00, due that Monday; all but the last {@code outstanding} signed the next day. */
    private static void pastCampaign(ConfigurableApplicationContext context, SigningBenchmark.School school,
            LocalDate monday, java.util.List<Long> staff, int outstanding) {
        var codeTexts = context.getBean(CodeTexts.class);
        var seeding = context.getBean(SigningSeeding.class);
        var transaction = context.getBean(TransactionTemplate.class);
        var first = school.as(SigningBenchmark.School.COORDINATOR,
                () -> codeTexts.createCode("Herinneringen " + System.nanoTime(), "gedragscode-sociale-media"));
        var adopted = monday.minusDays(14).atTime(9, 0).atZone(SchoolTime.ZONE).toInstant();
        SystemActor.runAs(() -> transaction.execute(status -> {
            codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING);
            codeTexts.transition(first.id(), VersionStatus.INGESTEMD);
            codeTexts.transition(first.id(), VersionStatus.VASTGESTELD);
            var seeds = new ArrayList<SigningSeeding.Seed>();
            for (int i = 0; i < staff.size(); i++) {
                seeds.add(new SigningSeeding.Seed(staff.get(i), i < staff.size() - outstanding
                        ? adopted.plusSeconds(24 * 3600 + 37L * i) : null, null));
            }
            seeding.pastCampaign(first.id(), adopted, monday.minusDays(20), seeds);
            return first.id();
        }));
        school.awaitReactions();
    }

    private static long mails(JdbcTemplate jdbc) {
        var count = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        return count == null ? 0 : count;
    }
}
