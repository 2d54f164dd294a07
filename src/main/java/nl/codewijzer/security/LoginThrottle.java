package nl.codewijzer.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Slows down and then stops password guessing (OWASP ASVS 2.2, NIST 800-63B 5.2.2), per typed
 * account and per client address, in the database so that every server sees the same counts.
 *
 * <ul>
 *   <li>An <b>account</b> (whatever e-mail was typed, so an e-mail that belongs to nobody behaves
 *   exactly like a real one): after {@value #ACCOUNT_DELAY_FROM} failures each next try must wait
 *   1, 2, 4, ... seconds (at most {@link #LONGEST_WAIT}); at {@value #ACCOUNT_LOCK_AT} failures it is
 *   locked for {@link #LOCK}.</li>
 *   <li>An <b>address</b>: waits from {@value #ADDRESS_DELAY_FROM} failures, locked at
 *   {@value #ADDRESS_LOCK_AT}. Its waits start long before an account could be locked from it by
 *   guessing slowly, so one address can lock at most a few accounts per quarter of an hour, not a
 *   whole school; its lock is generous because a school's staff may share one address.</li>
 * </ul>
 * A try made while waiting or locked is refused without looking at the password, and counts as a
 * failure: hammering makes it worse, and costs the server no password hash. Failures older than
 * {@link #WINDOW} are forgotten. A lock is written to the audit trail once (whichever server sets
 * it); the beheerder can lift it. Signing in forgets the account's failures, not the address's.
 */
@Service
public class LoginThrottle {

    static final int ACCOUNT_DELAY_FROM = 3;
    static final int ACCOUNT_LOCK_AT = 10;
    static final int ADDRESS_DELAY_FROM = 10;
    static final int ADDRESS_LOCK_AT = 30;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    /** What a login attempt may do now. */
    public enum Verdict { GO, WAIT, LOCKED }

    /** A currently locked account or address, for the beheerder. */
    public record Lock(String key, boolean account, String who, int failures, Instant until) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    static String accountKey(@Nullable String email) {
        return ACCOUNT + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return ADDRESS + address;
    }

    /**
     * Whether a login attempt for this e-mail from this address may be checked now. When not, the
     * refused attempt is counted as a failure.
     */
    Verdict admit(@Nullable String email, @Nullable String address) {
        var now = clock.instant();
        var keys = address == null ? List.of(accountKey(email)) : List.of(accountKey(email), addressKey(address));
        var verdict = Verdict.GO;
        for (var row : rows(keys)) {
            var answer = row.verdict(now);
            if (answer.ordinal() > verdict.ordinal()) {
                verdict = answer;
            }
        }
        if (verdict != Verdict.GO) {
            failed(email, address);
        }
        return verdict;
    }

    /** Counts a wrong password (or a refused attempt) against the account and the address. */
    void failed(@Nullable String email, @Nullable String address) {
        count(accountKey(email), ACCOUNT_LOCK_AT);
        if (address != null) {
            count(addressKey(address), ADDRESS_LOCK_AT);
        }
    }

    /** The right password: the account's failures are forgotten. */
    void succeeded(@Nullable String email) {
        jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(email));
    }

    /** The accounts and addresses locked right now. */
    @PreAuthorize(Role.Require.BEHEERDER)
    public List<Lock> locks() {
        var now = clock.instant();
        return jdbc.query("select throttle_key, failures, locked_until from login_throttle where locked_until > ?"
                        + " order by locked_until desc",
                (rs, n) -> {
                    var key = rs.getString(1);
                    var account = key.startsWith(ACCOUNT);
                    return new Lock(key, account, key.substring(account ? ACCOUNT.length() : ADDRESS.length()),
                            rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant());
                }, at(now));
    }

    /** Lifts a lock and forgets the failures behind it; written to the audit trail. */
    @PreAuthorize(Role.Require.BEHEERDER)
    public void unlock(String key) {
        if (jdbc.update("delete from login_throttle where throttle_key = ?", key) > 0) {
            events.publishEvent(new LoginLockChanged(LoginLockChanged.UNLOCKED, key, 0, null));
        }
    }

    private void count(String key, int lockAt) {
        var now = clock.instant();
        var stale = now.minus(WINDOW);
        int updated = jdbc.update("update login_throttle set"
                        + " failures = case when last_failure_at < ? then 1 else failures + 1 end,"
                        + " locked_until = case when last_failure_at < ? then null else locked_until end,"
                        + " last_failure_at = ? where throttle_key = ?",
                at(stale), at(stale), at(now), key);
        if (updated == 0) {
            try {
                jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)",
                        key, at(now));
            } catch (DuplicateKeyException otherServerWasFirst) {
                count(key, lockAt);
                return;
            }
        }
        // Lock once: only the update that moves locked_until from empty (or past) to the future writes the trail.
        var until = now.plus(LOCK);
        int locked = jdbc.update("update login_throttle set locked_until = ? where throttle_key = ? and failures >= ?"
                        + " and (locked_until is null or locked_until <= ?)",
                at(until), key, lockAt, at(now));
        if (locked > 0) {
            var failures = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                    Integer.class, key);
            events.publishEvent(new LoginLockChanged(LoginLockChanged.LOCKED, key, failures == null ? lockAt : failures, until));
        }
    }

    private List<Row> rows(List<String> keys) {
        var marks = String.join(", ", keys.stream().map(key -> "?").toList());
        return jdbc.query("select throttle_key, failures, last_failure_at, locked_until from login_throttle"
                        + " where throttle_key in (" + marks + ")",
                (rs, n) -> {
                    var locked = rs.getObject(4, OffsetDateTime.class);
                    return new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            locked == null ? null : locked.toInstant());
                }, keys.toArray());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(String key, int failures, Instant lastFailure, @Nullable Instant lockedUntil) {

        Verdict verdict(Instant now) {
            if (lockedUntil != null && lockedUntil.isAfter(now)) {
                return Verdict.LOCKED;
            }
            if (lastFailure.isBefore(now.minus(WINDOW))) {
                return Verdict.GO;
            }
            int delayFrom = key.startsWith(ACCOUNT) ? ACCOUNT_DELAY_FROM : ADDRESS_DELAY_FROM;
            if (failures < delayFrom) {
                return Verdict.GO;
            }
            var wait = Duration.ofSeconds(1L << Math.min(failures - delayFrom, 5));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            return now.isBefore(lastFailure.plus(wait)) ? Verdict.WAIT : Verdict.GO;
        }
    }
}
