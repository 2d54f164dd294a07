package nl.codewijzer.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.PostgresServer;
import nl.codewijzer.audit.internal.AuditChain;
import nl.codewijzer.audit.internal.AuditChainer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo school, as the H2 database of a running school, moved to an empty PostgreSQL database:
 * the same ids, hashes and times everywhere, an audit chain that verifies, and new rows that get
 * new ids after the moved ones.
 */
@CodewijzerTest
class MoveToPostgresTest {

    @Autowired
    DataSource h2;
    @Autowired
    AuditChainer chainer;

    private static DataSource emptyPostgres() {
        var server = PostgresServer.shared();
        var postgres = new DriverManagerDataSource(server.newDatabase("move"), PostgresServer.USER, PostgresServer.PASSWORD);
        Flyway.configure().dataSource(postgres).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load().migrate();
        return postgres;
    }

    /** Rows as text, alike on both databases: times as instants, bytes as hex. */
    private static List<List<String>> rows(JdbcTemplate jdbc, String query) {
        return jdbc.query(query, (row, number) -> {
            var values = new ArrayList<String>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                values.add(switch (row.getObject(i)) {
                    case null -> "null";
                    case Timestamp timestamp -> timestamp.toInstant().toString();
                    case OffsetDateTime time -> time.toInstant().toString();
                    case byte[] bytes -> HexFormat.of().formatHex(bytes);
                    case Object other -> other.toString();
                });
            }
            return values;
        });
    }

    @Test
    void every_row_moves_with_its_id_hash_and_time_and_the_audit_chain_verifies_on_postgresql() {
        var postgres = emptyPostgres();
        // what earlier tests' actions left for the chainer thread is chained before the rows are compared
        chainer.chainNow();
        var before = new JdbcTemplate(h2);
        // a request carried over by a redactional change points at a signature, which points at its
        // request: the foreign keys form a cycle, and the move still brings both
        var carried = before.queryForObject("select max(id) from signature_request", Long.class);
        before.update("update signature_request set carried_signature_id = (select min(id) from signature) where id = ?",
                carried);

        DatabaseMove.Moved moved;
        try {
            moved = DatabaseMove.move(h2, postgres);
        } finally {
            before.update("update signature_request set carried_signature_id = null where id = ?", carried);
        }

        var after = new JdbcTemplate(postgres);
        assertThat(after.queryForObject("select carried_signature_id from signature_request where id = ?", Long.class,
                carried)).isEqualTo(before.queryForObject("select min(id) from signature", Long.class));
        assertThat(moved.rows()).containsKeys("person", "code_version", "signature", "audit_event");
        for (var query : List.of(
                "select id, email, password_hash, start_date, created_at from person order by id",
                "select person_id, role from person_role order by person_id, role",
                "select id, code_id, number, status, sha256, markdown, created_at from code_version order by id",
                "select id, person_id, version_id, sha256, signed_at, verification_code from signature order by id",
                "select id, person_id, version_id, due_date, status from signature_request order by id",
                "select seq, occurred_at, actor_id, action, object_id, details, prev_hash, hash from audit_event order by seq",
                "select last_seq, last_hash from audit_head",
                "select school_name, consent_deadline_days, quorum_percent from school_settings")) {
            var rows = rows(before, query);
            assertThat(rows).as(query).isNotEmpty();
            assertThat(rows(after, query)).as(query).isEqualTo(rows);
        }
        // bytes stay bytes (varbinary to bytea), when the demo school has anonymous polls
        var secrets = "select poll_id, secret from meeting_poll_secret order by poll_id";
        assertThat(rows(after, secrets)).isEqualTo(rows(before, secrets));
        var chain = new AuditChain(postgres).verify(1000);
        assertThat(chain.intact()).as("audit chain after the move: %s", chain).isTrue();
        assertThat(chain.checked()).isEqualTo(before.queryForObject("select count(*) from audit_event", Long.class));

        var highest = after.queryForObject("select max(id) from person", Long.class);
        var next = after.queryForObject("insert into person (version, full_name, email, start_date, created_at, updated_at) "
                + "values (0, 'Nieuwe collega', 'nieuw.na.verhuizing@school.example', current_date, now(), now()) returning id",
                Long.class);
        assertThat(next).as("a new person after the move").isGreaterThan(highest);
    }

    @Test
    void a_database_that_already_holds_people_is_refused_and_left_as_it_was() {
        var postgres = emptyPostgres();
        DatabaseMove.move(h2, postgres);
        var people = new JdbcTemplate(postgres).queryForObject("select count(*) from person", Long.class);

        assertThatThrownBy(() -> DatabaseMove.move(h2, postgres)).hasMessageContaining("already holds people");
        assertThat(new JdbcTemplate(postgres).queryForObject("select count(*) from person", Long.class)).isEqualTo(people);
    }
}
