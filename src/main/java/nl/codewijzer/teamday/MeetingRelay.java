package nl.codewijzer.teamday;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries the team day's committed changes between app servers that share one PostgreSQL database,
 * through PostgreSQL's own {@code LISTEN/NOTIFY} (no new infrastructure for a school's ICT). Each
 * server sends every change it committed on channel {@value #CHANNEL}, tagged with its own random
 * name, and hands every change another server sent to its own screens: a vote on a phone served by
 * server A reaches the projector on server B. Vaadin keeps a screen's state on one server, so the
 * load balancer keeps each browser there (sticky sessions); only these changes cross.
 *
 * <p>The listening connection is one of its own, outside the pool (a pooled one would be handed to
 * others and retired); when the database goes away it is opened again every few seconds, and a
 * screen that missed changes meanwhile reads the current state at the next change it gets. On H2
 * (one process) this does nothing.
 */
@Component
class MeetingRelay implements SmartLifecycle {

    static final String CHANNEL = "codewijzer_meeting";
    private static final Logger log = LoggerFactory.getLogger(MeetingRelay.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 3_000;

    /** This server's name on the channel: its own changes come back and are then left alone. */
    private final String server = UUID.randomUUID().toString();
    private final @Nullable DataSourceProperties postgres;
    private final JdbcTemplate jdbc;
    private volatile Consumer<MeetingChange> receiver = change -> { };
    private volatile boolean running;
    private volatile boolean listening;
    private @Nullable Thread listener;

    MeetingRelay(DataSourceProperties dataSource, JdbcTemplate jdbc) {
        var url = dataSource.determineUrl();
        this.postgres = url != null && url.startsWith("jdbc:postgresql:") ? dataSource : null;
        this.jdbc = jdbc;
    }

    /** Whether changes cross to other servers here (PostgreSQL). */
    boolean active() {
        return postgres != null;
    }

    /** Whether the listening connection is open now (a test waits for it before it sends). */
    boolean listening() {
        return listening;
    }

    /** Where changes from other servers go: the broadcaster's own screens. */
    void receiveWith(Consumer<MeetingChange> receiver) {
        this.receiver = receiver;
    }

    /**
     * Tells the other servers. Called after the commit and off the committing thread (with no
     * transaction bound: a NOTIFY inside one would wait for its commit). A database that does not
     * answer costs the other servers this one change, not the person who made it.
     */
    void send(MeetingChange change) {
        if (postgres == null) {
            return;
        }
        try {
            jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, payload(change));
        } catch (RuntimeException unreachable) {
            log.warn("Team day change {} of meeting {} not passed to the other servers: {}", change.what(),
                    change.meetingId(), unreachable.getMessage());
        }
    }

    String payload(MeetingChange change) {
        return server + " " + change.meetingId() + " " + change.what().name();
    }

    /** The change another server sent, or null for this server's own or a payload it does not know. */
    @Nullable MeetingChange fromOtherServer(String payload) {
        var parts = payload.split(" ");
        if (parts.length != 3 || parts[0].equals(server)) {
            return null;
        }
        try {
            return new MeetingChange(Long.parseLong(parts[1]), MeetingChange.What.valueOf(parts[2]));
        } catch (IllegalArgumentException unknown) {
            // a newer server's kind of change during a rolling upgrade: its screens reload anyway
            return null;
        }
    }

    private void listen(DataSourceProperties database) {
        while (running) {
            try (var connection = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword())) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var notifications = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    var arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived == null) {
                        continue;
                    }
                    for (var notification : arrived) {
                        var change = fromOtherServer(notification.getParameter());
                        if (change != null) {
                            receiver.accept(change);
                        }
                    }
                }
            } catch (SQLException lost) {
                if (running) {
                    log.warn("Team day changes of other servers are not heard until the database answers again: {}",
                            lost.getMessage());
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        var database = postgres;
        if (database == null || running) {
            return;
        }
        running = true;
        var thread = Thread.ofPlatform().daemon().name("meeting-relay").unstarted(() -> listen(database));
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
