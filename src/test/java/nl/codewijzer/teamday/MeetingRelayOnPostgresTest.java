package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import nl.codewijzer.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two app servers on one PostgreSQL database, as two relays: a change one server committed reaches
 * the other server's screens and not its own a second time, and a server whose listening connection
 * the database dropped hears the next change again without a restart. On the PostgreSQL test tier's
 * own server; the two-jar journey is {@code TwoServersTeamDayIT}.
 */
class MeetingRelayOnPostgresTest {

    private final String url = PostgresServer.shared().newDatabase("relay");
    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource(url, PostgresServer.USER, PostgresServer.PASSWORD));
    private final MeetingRelay serverA = relay(url);
    private final MeetingRelay serverB = relay(url);
    private final List<MeetingChange> heardByA = new CopyOnWriteArrayList<>();
    private final List<MeetingChange> heardByB = new CopyOnWriteArrayList<>();

    private MeetingRelay relay(String databaseUrl) {
        var properties = new DataSourceProperties();
        properties.setUrl(databaseUrl);
        properties.setUsername(PostgresServer.USER);
        properties.setPassword(PostgresServer.PASSWORD);
        return new MeetingRelay(properties, jdbc);
    }

    private void start() {
        serverA.receiveWith(heardByA::add);
        serverB.receiveWith(heardByB::add);
        serverA.start();
        serverB.start();
        await(() -> serverA.listening() && serverB.listening(), "both servers listen");
    }

    @AfterEach
    void stop() {
        serverA.stop();
        serverB.stop();
    }

    @Test
    void a_change_committed_on_one_server_reaches_the_other_and_not_itself() {
        start();

        serverA.send(new MeetingChange(41, MeetingChange.What.VOTES));
        serverB.send(new MeetingChange(41, MeetingChange.What.FLOW));

        await(() -> heardByB.size() == 1 && heardByA.size() == 1, "each server hears the other's change");
        assertThat(heardByB).containsExactly(new MeetingChange(41, MeetingChange.What.VOTES));
        assertThat(heardByA).containsExactly(new MeetingChange(41, MeetingChange.What.FLOW));
        pauseFor(Duration.ofMillis(700));
        assertThat(heardByA).as("its own change does not come back").hasSize(1);
    }

    @Test
    void a_server_whose_connection_the_database_dropped_listens_again_by_itself() {
        start();

        int dropped = jdbc.queryForObject("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                where datname = current_database() and query like 'LISTEN%'""", Integer.class);
        assertThat(dropped).as("listening connections dropped").isEqualTo(2);
        await(() -> !serverB.listening(), "server B noticed");
        await(serverB::listening, "server B listens again");

        serverA.send(new MeetingChange(7, MeetingChange.What.POLL));
        await(() -> heardByB.contains(new MeetingChange(7, MeetingChange.What.POLL)), "server B hears again");
    }

    @Test
    void on_h2_nothing_crosses_and_nothing_listens() {
        var h2 = relay("jdbc:h2:mem:relay-" + System.nanoTime());
        h2.start();

        assertThat(h2.active()).isFalse();
        assertThat(h2.isRunning()).isFalse();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            pauseFor(Duration.ofMillis(50));
        }
    }

    private static void pauseFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
