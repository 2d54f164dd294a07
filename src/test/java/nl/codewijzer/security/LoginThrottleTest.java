package nl.codewijzer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing is slowed, then stopped, per account and per address, in the database; a lock is
 * recorded once, and only the beheerder lifts it. Each test runs in a transaction that is rolled back.
 */
@CodewijzerTest
@Transactional
@RecordApplicationEvents
class LoginThrottleTest {

    private static final String GUESSED = "mr.lid@school.example";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_few_failures_make_the_next_try_wait_and_ten_lock_the_account_once() {
        assertThat(throttle.admit(GUESSED, "203.0.113.7")).isEqualTo(LoginThrottle.Verdict.GO);
        for (int i = 0; i < LoginThrottle.ACCOUNT_DELAY_FROM; i++) {
            throttle.failed(GUESSED, "203.0.113.7");
        }
        assertThat(throttle.admit(GUESSED, "198.51.100.1")).as("another address, same account, right away")
                .isEqualTo(LoginThrottle.Verdict.WAIT);
        // a guesser hammering away: refused tries count too; a try let through is a wrong password
        LoginThrottle.Verdict verdict;
        while ((verdict = throttle.admit(GUESSED, "198.51.100.1")) != LoginThrottle.Verdict.LOCKED) {
            if (verdict == LoginThrottle.Verdict.GO) {
                throttle.failed(GUESSED, "198.51.100.1");
            }
            assertThat(failures(LoginThrottle.accountKey(GUESSED))).isLessThanOrEqualTo(LoginThrottle.ACCOUNT_LOCK_AT);
        }
        throttle.admit(GUESSED, "198.51.100.1");
        assertThat(events.stream(LoginLockChanged.class).filter(event -> event.action().equals(LoginLockChanged.LOCKED)))
                .as("one lock, recorded once").singleElement()
                .satisfies(event -> assertThat(event.key()).isEqualTo("account:" + GUESSED));
        assertThat(throttle.admit("docent@school.example", "192.0.2.50")).as("another account from elsewhere")
                .isEqualTo(LoginThrottle.Verdict.GO);
    }

    @Test
    void an_email_of_nobody_is_throttled_exactly_like_a_real_one() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AT; i++) {
            throttle.failed("niemand@school.example", null);
        }
        assertThat(throttle.admit("Niemand@School.example ", null)).isEqualTo(LoginThrottle.Verdict.LOCKED);
    }

    @Test
    void an_address_that_guesses_many_accounts_is_slowed_and_then_locked_for_every_account() {
        var address = "203.0.113.99";
        for (int i = 0; i < LoginThrottle.ADDRESS_DELAY_FROM; i++) {
            throttle.failed("gast" + i + "@school.example", address);
        }
        assertThat(throttle.admit("nog-een@school.example", address)).isEqualTo(LoginThrottle.Verdict.WAIT);
        for (int i = 0; i < LoginThrottle.ADDRESS_LOCK_AT; i++) {
            throttle.failed("ander" + i + "@school.example", address);
        }
        assertThat(throttle.admit("docent@school.example", address)).isEqualTo(LoginThrottle.Verdict.LOCKED);
        assertThat(throttle.admit("docent@school.example", "192.0.2.1")).as("the same account from elsewhere")
                .isEqualTo(LoginThrottle.Verdict.GO);
    }

    @Test
    void signing_in_forgets_the_accounts_failures() {
        throttle.failed(GUESSED, null);
        throttle.failed(GUESSED, null);
        throttle.succeeded(GUESSED);
        throttle.failed(GUESSED, null);
        throttle.failed(GUESSED, null);
        assertThat(throttle.admit(GUESSED, null)).isEqualTo(LoginThrottle.Verdict.GO);
    }

    @Test
    void only_the_beheerder_sees_and_lifts_locks_and_lifting_is_recorded() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AT; i++) {
            throttle.failed(GUESSED, null);
        }
        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> throttle.locks()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> throttle.unlock("account:" + GUESSED)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "beheerder@school.example");
        assertThat(throttle.locks()).singleElement().satisfies(lock -> {
            assertThat(lock.who()).isEqualTo(GUESSED);
            assertThat(lock.account()).isTrue();
        });
        throttle.unlock("account:" + GUESSED);
        assertThat(throttle.locks()).isEmpty();
        assertThat(throttle.admit(GUESSED, null)).isEqualTo(LoginThrottle.Verdict.GO);
        assertThat(events.stream(LoginLockChanged.class).map(LoginLockChanged::action))
                .containsExactly(LoginLockChanged.LOCKED, LoginLockChanged.UNLOCKED);
    }

    private int failures(String key) {
        Integer failures = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?", Integer.class, key);
        return failures == null ? 0 : failures;
    }
}
