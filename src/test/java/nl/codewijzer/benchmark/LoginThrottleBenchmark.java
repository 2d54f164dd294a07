package nl.codewijzer.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.codewijzer.Application;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.PasswordChange;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Login under a guessing attack (issue 16, "Measured"): 50 real colleagues log in through the login
 * form, first on a quiet server, then while 5 addresses send 20 wrong passwords a second between
 * them. The p95 of the real logins under attack must stay within 2× the quiet p95.
 *
 * <p>Everything goes through HTTP as a browser sends it: GET /login for the session and its CSRF
 * token, then POST /login; the time measured is the POST (where the password is checked and the
 * throttle counts). Each client has its own address through {@code X-Forwarded-For} (the server runs
 * with {@code server.forward-headers-strategy=native}, as behind a proxy), so the throttle sees 50
 * colleagues and 5 guessers. The guessers guess other accounts of the school and e-mails of nobody,
 * not the 50 colleagues' (guesses at a colleague's account slow that account down by design: that is
 * the per-account limit, not what this measures).
 *
 * <p>Writes {@code target/benchmarks/login-throttle.json}. Not a test. Run alone:
 * {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.LoginThrottleBenchmark}
 */
public final class LoginThrottleBenchmark {

    private static final int USERS = 50;
    private static final int LOGINS_PER_USER = 2;
    private static final int GUESSERS = 5;
    private static final int GUESSES_PER_SECOND = 20;
    private static final String PASSWORD = "benchmark-wachtwoord-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private LoginThrottleBenchmark() {
    }

    private record Login(long millis, boolean signedIn) {
    }

    public static void main(String[] args) throws Exception {
        var context = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:benchmark-login-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--codewijzer.demo.enabled=true", "--server.port=0", "--vaadin.launch-browser=false",
                "--server.forward-headers-strategy=native",
                "--codewijzer.archive.dir=target/benchmark-archive/login",
                "--codewijzer.seal.demo-dir=target/benchmark-seal/login", "--logging.level.root=warn");
        try {
            var base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            var emails = colleagues(context.getBean(StaffService.class), context.getBean(PasswordChange.class),
                    context.getBean(UserDetailsService.class));
            // warm up: the login page, the password check and the throttle's statements
            for (int i = 0; i < 5; i++) {
                login(base, emails.get(i), PASSWORD, "10.9.0." + (i + 1));
            }

            var quiet = logins(base, emails, "10.1");
            var guesses = new AtomicInteger();
            var refused = new AtomicInteger();
            // each guesser sends a guess every 250 ms whether or not the last one was answered: 20 a second together
            var attack = Executors.newScheduledThreadPool(GUESSERS);
            var inFlight = Executors.newCachedThreadPool();
            var counter = new AtomicInteger();
            for (int g = 1; g <= GUESSERS; g++) {
                var address = "10.66.0." + g;
                attack.scheduleAtFixedRate(() -> inFlight.submit(() -> guess(base, address, counter.getAndIncrement(),
                        guesses, refused)), 0, 1000 / (GUESSES_PER_SECOND / GUESSERS), TimeUnit.MILLISECONDS);
            }
            Thread.sleep(3_000); // the attack is under way before the colleagues come
            long attackStart = System.nanoTime();
            int guessesBefore = guesses.get();
            var underAttack = logins(base, emails, "10.2");
            double seconds = (System.nanoTime() - attackStart) / 1e9;
            double rate = (guesses.get() - guessesBefore) / seconds;
            attack.shutdownNow();
            inFlight.shutdown();
            inFlight.awaitTermination(60, TimeUnit.SECONDS);

            report(quiet, underAttack, guesses.get(), refused.get(), rate);
        } finally {
            context.close();
        }
    }

    /** 50 colleagues with a password of their own. */
    private static List<String> colleagues(StaffService staff, PasswordChange passwords, UserDetailsService users) {
        var beheerder = users.loadUserByUsername("beheerder@school.example");
        var emails = new ArrayList<String>();
        for (int i = 1; i <= USERS; i++) {
            var email = "inlogger" + i + "@school.example";
            var form = new PersonForm("Inlogger " + i, email, Set.of(Role.MEDEWERKER), null,
                    LocalDate.now(SchoolTime.ZONE).minusYears(1), null);
            SystemActor.runAsPerson(beheerder, () -> staff.create(form, null));
            SystemActor.runAs(() -> {
                passwords.chooseFirst(email, PASSWORD, PASSWORD);
                return null;
            });
            emails.add(email);
        }
        return emails;
    }

    /** Every colleague logs in LOGINS_PER_USER times, all 50 at once, each from an address of their own. */
    private static List<Login> logins(String base, List<String> emails, String network) throws Exception {
        var results = Collections.synchronizedList(new ArrayList<Login>());
        try (var pool = Executors.newFixedThreadPool(USERS)) {
            for (int i = 0; i < emails.size(); i++) {
                var email = emails.get(i);
                var address = network + ".0." + (i + 1);
                long startAfter = i * 60L; // they arrive over three seconds, not in one instant
                pool.submit(() -> {
                    Thread.sleep(startAfter);
                    for (int n = 0; n < LOGINS_PER_USER; n++) {
                        results.add(login(base, email, PASSWORD, address));
                    }
                    return null;
                });
            }
        }
        return new ArrayList<>(results);
    }

    /** One wrong password from one guesser's address: other accounts of the school and e-mails of nobody. */
    private static void guess(String base, String address, int n, AtomicInteger guesses, AtomicInteger refused) {
        var targets = List.of("coordinator@school.example", "directeur@school.example", "docent@school.example",
                "mr.lid@school.example", "niemand" + address.replace('.', '-') + "@school.example");
        try {
            var result = login(base, targets.get(n % targets.size()), "Welkom" + n + "!", address);
            guesses.incrementAndGet();
            if (!result.signedIn()) {
                refused.incrementAndGet();
            }
        } catch (Exception failed) {
            System.out.println("guess failed: " + failed);
        }
    }

    /** GET /login for a session and its CSRF token, then the timed POST /login. */
    private static Login login(String base, String email, String password, String address) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-For", address)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page (HTTP " + page.statusCode() + ")");
        }
        var form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        long start = System.nanoTime();
        var answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-For", address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        long millis = (System.nanoTime() - start) / 1_000_000;
        var location = answer.headers().firstValue("Location").orElse("");
        return new Login(millis, answer.statusCode() == 302 && !location.contains("/login"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void report(List<Login> quiet, List<Login> underAttack, int guesses, int refused, double rate)
            throws Exception {
        long quietP95 = percentile(quiet, 95);
        long attackP95 = percentile(underAttack, 95);
        double ratio = quietP95 == 0 ? 0 : (double) attackP95 / quietP95;
        long quietOk = quiet.stream().filter(Login::signedIn).count();
        long attackOk = underAttack.stream().filter(Login::signedIn).count();
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "login under a guessing attack",
                  "java": "%s",
                  "processors": %d,
                  "colleagues": %d,
                  "loginsEach": %d,
                  "quiet": {"logins": %d, "signedIn": %d, "p50Ms": %d, "p95Ms": %d, "maxMs": %d},
                  "underAttack": {"logins": %d, "signedIn": %d, "p50Ms": %d, "p95Ms": %d, "maxMs": %d},
                  "guessers": %d,
                  "guessRateTarget": %d,
                  "guessRateMeasured": %.1f,
                  "guesses": %d,
                  "guessesRefused": %d,
                  "p95Ratio": %.2f,
                  "targetRatio": 2.0,
                  "withinTarget": %s
                }
                """, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), USERS,
                LOGINS_PER_USER, quiet.size(), quietOk, percentile(quiet, 50), quietP95, percentile(quiet, 100),
                underAttack.size(), attackOk, percentile(underAttack, 50), attackP95, percentile(underAttack, 100),
                GUESSERS, GUESSES_PER_SECOND, rate, guesses, refused, ratio, ratio <= 2.0);
        System.out.printf(Locale.ROOT, "login p95: quiet %d ms, under 20 guesses/s from 5 addresses %d ms (%.2fx, "
                + "target <= 2x); %d of %d and %d of %d logins signed in; %d guesses, %d refused (%.1f/s)%n",
                quietP95, attackP95, ratio, quietOk, quiet.size(), attackOk, underAttack.size(), guesses, refused, rate);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "login-throttle.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    private static long percentile(List<Login> logins, int percent) {
        if (logins.isEmpty()) {
            return 0;
        }
        var sorted = logins.stream().mapToLong(Login::millis).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
