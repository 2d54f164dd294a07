package nl.codewijzer.security;

import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * At most {@link #PER_MINUTE} look-ups of secrets that anyone may try (a verification code on the
 * public page) per client in any minute: plenty for a person checking a certificate or two, far
 * too few to try codes by the thousand. A client is the address its browser session came from.
 * Kept in memory, per server: a restart forgets, which costs an attacker nothing they could not
 * get by waiting a minute.
 *
 * <p>Behind a reverse proxy every visitor has the proxy's address unless the server is told to use
 * the forwarded one ({@code server.forward-headers-strategy=native}); they then share one budget.
 */
@Component
public class LookupLimit {

    public static final int PER_MINUTE = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /**
     * With more clients than this remembered, those without a look-up in the last minute are
     * forgotten, at most once a second (a pass over all of them on every look-up would make a crowd
     * of addresses costly).
     */
    private static final int FORGET_ABOVE = 1_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Instant nextForgetting = Instant.MIN;

    LookupLimit(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a look-up by the client of the current browser request; false, and not counted, if the
     * client had its {@link #PER_MINUTE} in the last minute. Code that runs outside a browser
     * request (start-up work, jobs) has no client and is not limited.
     */
    public boolean allowCurrentClient() {
        var session = VaadinSession.getCurrent();
        var browser = session == null ? null : session.getBrowser();
        var address = browser == null ? null : browser.getAddress();
        return address == null || allow(address);
    }

    boolean allow(String client) {
        var now = clock.instant();
        var since = now.minus(WINDOW);
        if (recent.size() > FORGET_ABOVE && !now.isBefore(nextForgetting)) {
            nextForgetting = now.plusSeconds(1);
            recent.keySet().forEach(key -> recent.computeIfPresent(key, (k, times) -> forget(times, since)));
        }
        var allowed = new boolean[1];
        // compute runs atomically per client: two tabs of one client cannot both take the last look-up
        recent.compute(client, (key, times) -> {
            var kept = times == null ? new ArrayDeque<Instant>() : forgetBefore(times, since);
            allowed[0] = kept.size() < PER_MINUTE;
            if (allowed[0]) {
                kept.addLast(now);
            }
            return kept;
        });
        return allowed[0];
    }

    /** How many clients are remembered now. */
    int clientsRemembered() {
        return recent.size();
    }

    private static Deque<Instant> forgetBefore(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.pollFirst();
        }
        return times;
    }

    private static @Nullable Deque<Instant> forget(Deque<Instant> times, Instant since) {
        return forgetBefore(times, since).isEmpty() ? null : times;
    }
}
