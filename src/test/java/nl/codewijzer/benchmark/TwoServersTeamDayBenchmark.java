package nl.codewijzer.benchmark;

import static nl.codewijzer.benchmark.TeamDayBenchmark.percentile;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.codewijzer.Application;
import nl.codewijzer.PostgresServer;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.PasswordChange;
import nl.codewijzer.staff.StaffService;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.TeamMeetings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import java.util.function.Supplier;
import nl.codewijzer.security.SystemActor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A team day of 150 participants split over two app servers on one PostgreSQL database (the test
 * tier's own server): half of them are served by server A, half by server B, and the projector, a
 * real Chromium page following by push, is on server B. Each participant joins through its own
 * server and follows the meeting there as a phone does; they vote in turn, alternating servers.
 *
 * <p>Measured: vote → projector, from the start of the vote's service call until the projector first
 * shows a tally that includes it, for all votes and apart for the votes that crossed from A to B
 * (through PostgreSQL LISTEN/NOTIFY, see MeetingRelay) and those cast on B itself. Target p95 ≤ 250 ms.
 * Writes {@code target/benchmarks/teamday-two-servers.json}. Not a test.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -Dbenchmark=nl.codewijzer.benchmark.TwoServersTeamDayBenchmark}
 * (PostgreSQL's server programs must be installed, as for the PostgreSQL test tier).
 */
public final class TwoServersTeamDayBenchmark {

    private static final int SIMULATED = 150;
    private static final long VOTE_INTERVAL_MS = 40;
    private static final String COORDINATOR = "coordinator@school.example";

    private TwoServersTeamDayBenchmark() {
    }

    /**
     * One app server. Both run in this JVM, where the second one's start makes its own security
     * context holder the global one; this server's method security keeps reading its own, so work
     * for it is signed in there too (a real server is a JVM of its own and needs none of this).
     */
    private record Server(ConfigurableApplicationContext context, TeamMeetings meetings, MeetingPolls polls,
            MeetingBroadcaster broadcaster, UserDetailsService users, String base) {

        <T> T as(UserDetails person, Supplier<T> work) {
            var own = context.getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
            if (own == null) {
                return SystemActor.runAsPerson(person, work);
            }
            var previous = own.getContext();
            var signedIn = own.createEmptyContext();
            signedIn.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated(person, null, person.getAuthorities()));
            own.setContext(signedIn);
            try {
                return SystemActor.runAsPerson(person, work);
            } finally {
                own.setContext(previous);
            }
        }

        static Server start(String url, String name) {
            var productionMode = TwoServersTeamDayBenchmark.class.getResource("/META-INF/VAADIN/config/stats.json") != null;
            var context = new SpringApplicationBuilder(Application.class).run("--vaadin.productionMode=" + productionMode,
                    "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresServer.USER,
                    "--spring.datasource.password=" + PostgresServer.PASSWORD,
                    "--codewijzer.demo.enabled=true", "--server.port=0", "--vaadin.launch-browser=false",
                    "--codewijzer.archive.dir=target/benchmark-archive/teamday-" + name,
                    "--codewijzer.seal.demo-dir=target/benchmark-seal/teamday-" + name, "--logging.level.root=warn");
            return new Server(context, context.getBean(TeamMeetings.class), context.getBean(MeetingPolls.class),
                    context.getBean(MeetingBroadcaster.class), context.getBean(UserDetailsService.class),
                    "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
        }
    }

    public static void main(String[] args) throws Exception {
        var url = PostgresServer.shared().newDatabase("benchmark_two_servers");
        // A first: it creates the demo school on the empty database; B then finds it there
        var serverA = Server.start(url, "a");
        // the participants are added before B starts, while A's reactions (enrolment) still sign in
        // through the JVM's global holder (see Server)
        var beheerder = serverA.users().loadUserByUsername("beheerder@school.example");
        var simulated = serverA.as(beheerder, () -> TeamDayBenchmark.people(serverA.context().getBean(StaffService.class),
                serverA.context().getBean(PasswordChange.class), serverA.users(), "deelnemer", SIMULATED, false));
        var serverB = Server.start(url, "b");
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(TeamDayBenchmark.CHROMIUM)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-timer-throttling",
                            "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows")));
            run(serverA, serverB, simulated, TeamDayBenchmark.page(browser, serverB.base(), 1600, 900));
        } finally {
            serverB.context().close();
            serverA.context().close();
        }
    }

    private static void run(Server serverA, Server serverB, List<UserDetails> simulated, Page projector)
            throws Exception {
        var coordinator = serverB.users().loadUserByUsername(COORDINATOR);
        var live = serverB.as(coordinator, () -> {
            var meetings = serverB.meetings();
            var meeting = serverB.context().getBean(MeetingPlanning.class).create(meetings.codes().getFirst().id(),
                    "Benchmark teamdag, twee servers", LocalDate.now(SchoolTime.ZONE));
            return serverB.context().getBean(MeetingFlow.class).start(meeting.id());
        });
        long meetingId = live.id();
        var joinCode = live.joinUrl().substring(live.joinUrl().lastIndexOf('/') + 1);

        TeamDayBenchmark.login(projector, COORDINATOR, "demo");
        projector.navigate(serverB.base() + "/teamdag/" + meetingId + "/beamer");
        projector.locator("#projector-question").waitFor();

        // each participant joins through its own server and follows the meeting there
        var refreshes = new AtomicLong();
        for (int i = 0; i < SIMULATED; i++) {
            var server = i % 2 == 0 ? serverA : serverB;
            var person = simulated.get(i);
            server.as(person, () -> server.context().getBean(MeetingAttendance.class).join(joinCode));
            server.broadcaster().register(meetingId, EnumSet.of(What.FLOW, What.POLL), change -> {
                server.as(person, () -> server.meetings().live(meetingId));
                refreshes.incrementAndGet();
            });
        }

        var poll = serverB.as(coordinator, () -> serverB.polls().open(meetingId, PollKind.STELLING,
                "Na 20.00 uur sturen we leerlingen geen berichten meer.", List.of(), false));
        projector.locator("#projector-poll-status").waitFor();
        projector.evaluate(TeamDayBenchmark.WATCH_TALLY);

        var castAt = new ArrayList<long[]>(); // [cast time, tally that includes it, 0 = on A / 1 = on B]
        for (int i = 0; i < SIMULATED; i++) {
            var server = i % 2 == 0 ? serverA : serverB;
            var person = simulated.get(i);
            int choice = i % 3;
            long start = System.currentTimeMillis();
            server.as(person, () -> server.polls().vote(poll.id(), choice));
            castAt.add(new long[] {start, i + 1, i % 2});
            Thread.sleep(VOTE_INTERVAL_MS);
        }
        TeamDayBenchmark.awaitTally(projector, SIMULATED);

        var latencies = TeamDayBenchmark.latencies(projector, castAt);
        var all = latencies.all();
        var crossing = latencies.kind0();
        var local = latencies.kind1();
        long p95 = percentile(all, 95);
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "teamday-two-servers",
                  "java": "%s",
                  "cores": %d,
                  "database": "PostgreSQL (test tier)",
                  "simulatedParticipants": %d,
                  "participantsPerServer": %d,
                  "votesCast": %d,
                  "serviceVoteIntervalMs": %d,
                  "tallyUpdatesShownOnProjector": %d,
                  "simulatedPhoneRefreshes": %d,
                  "voteToProjectorP50Ms": %d,
                  "voteToProjectorP95Ms": %d,
                  "voteToProjectorMaxMs": %d,
                  "votesFromOtherServerP95Ms": %d,
                  "votesOnProjectorServerP95Ms": %d,
                  "voteToProjectorTargetP95Ms": 250,
                  "latencyWithinTarget": %s
                }
                """, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), SIMULATED,
                SIMULATED / 2, all.size(), VOTE_INTERVAL_MS, latencies.shownTallies(), refreshes.get(), percentile(all, 50), p95,
                percentile(all, 100), percentile(crossing, 95), percentile(local, 95), p95 <= 250);
        System.out.printf(Locale.ROOT, "team day on two servers, %d participants: vote -> projector p50 %d ms, p95 %d ms "
                + "(target <= 250); votes from the other server p95 %d ms, on the projector's server p95 %d ms%n",
                SIMULATED, percentile(all, 50), p95, percentile(crossing, 95), percentile(local, 95));
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "teamday-two-servers.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }
}
