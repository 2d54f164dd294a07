package nl.codewijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import nl.codewijzer.MovableClock;
import org.junit.jupiter.api.Test;

/** The limit on look-ups per client, against a clock the test moves. */
class LookupLimitTest {

    /** Stands still until the test moves it. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final LookupLimit limit = new LookupLimit(clock);

    private long allowedOf(int tries, String client) {
        return IntStream.range(0, tries).filter(i -> limit.allow(client)).count();
    }

    @Test
    void a_client_gets_its_look_ups_a_minute_and_is_refused_beyond_them() {
        assertThat(allowedOf(LookupLimit.PER_MINUTE, "192.0.2.1")).isEqualTo(LookupLimit.PER_MINUTE);

        assertThat(limit.allow("192.0.2.1")).isFalse();
        assertThat(limit.allow("192.0.2.2")).as("another client has a budget of its own").isTrue();
    }

    @Test
    void a_refused_client_may_look_up_again_once_its_oldest_look_up_is_a_minute_old() {
        limit.allow("192.0.2.1");
        clock.moveOn(Duration.ofSeconds(30));
        allowedOf(LookupLimit.PER_MINUTE - 1, "192.0.2.1");
        assertThat(limit.allow("192.0.2.1")).isFalse();

        clock.moveOn(Duration.ofSeconds(30));
        assertThat(limit.allow("192.0.2.1")).as("the first look-up is a minute old").isTrue();
        assertThat(limit.allow("192.0.2.1")).as("the other nine are not").isFalse();
    }

    @Test
    void refused_tries_do_not_count_so_waiting_a_minute_always_helps() {
        allowedOf(LookupLimit.PER_MINUTE, "192.0.2.1");
        for (int second = 0; second < 59; second++) {
            clock.moveOn(Duration.ofSeconds(1));
            limit.allow("192.0.2.1");
        }

        clock.moveOn(Duration.ofSeconds(1));

        assertThat(allowedOf(LookupLimit.PER_MINUTE, "192.0.2.1")).isEqualTo(LookupLimit.PER_MINUTE);
    }

    @Test
    void clients_quiet_for_a_minute_are_forgotten_once_many_are_remembered() {
        for (int i = 0; i < 2_000; i++) {
            limit.allow("198.51.100." + i);
        }
        clock.moveOn(LookupLimit.WINDOW);

        limit.allow("192.0.2.1");

        assertThat(limit.clientsRemembered()).isEqualTo(1);
    }
}
