package nl.codewijzer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.codewijzer.base.SchoolTime;

/**
 * A clock in school time that a test moves: either standing where the test puts it, for tests of what the
 * app does by the calendar, or {@link #running() running} with the real time plus an offset, for tests
 * whose browser, push and timeouts need time to pass while the app lives a day later.
 */
public final class MovableClock extends Clock {
    private final boolean running;
    /** Standing: the moment it shows. Running: unused. */
    private volatile Instant now;
    /** Running: how far it is ahead of the system clock. Standing: unused. */
    private volatile Duration ahead = Duration.ZERO;

    /** A clock that stands at {@code now} until the test moves it. */
    public MovableClock(Instant now) {
        this(false, now);
    }

    private MovableClock(boolean running, Instant now) {
        this.running = running;
        this.now = now;
    }

    /** The system clock's time, in school time, until the test moves it on. */
    public static MovableClock running() {
        return new MovableClock(true, Instant.EPOCH);
    }

    /** A moment on the school's wall clock. */
    public static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SchoolTime.ZONE).toInstant();
    }

    /** Shows {@code instant} now; a running clock goes on from there. */
    public synchronized void set(Instant instant) {
        if (running) {
            ahead = Duration.between(Instant.now(), instant);
        } else {
            now = instant;
        }
    }

    /** Moves the clock on (or back, for a negative duration) by {@code duration}. */
    public synchronized void moveOn(Duration duration) {
        if (running) {
            ahead = ahead.plus(duration);
        } else {
            now = now.plus(duration);
        }
    }

    @Override
    public ZoneId getZone() {
        return SchoolTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return running ? Instant.now().plus(ahead) : now;
    }
}
