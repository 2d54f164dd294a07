package nl.codewijzer.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.codewijzer.audit.ChainReport;
import nl.codewijzer.audit.ChainReport.Break;
import nl.codewijzer.audit.ChainReport.Reason;
import nl.codewijzer.staff.PersonPseudonymised;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hash chain against someone with SQL access: every change, deletion or insertion made
 * around the application is reported at the first row where the chain breaks.
 */
class AuditChainTest {

    static final int ROWS = 10;
    ChainDatabase db;

    @BeforeEach
    void tenRows() {
        db = ChainDatabase.fresh();
        db.appendRows(ROWS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ChainReport verify() {
        return db.chain.verify(4);
    }

    @Test
    void an_untouched_chain_is_intact_and_every_row_is_counted() {
        var report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(ROWS);
        assertThat(report.lastSeq()).isEqualTo(ROWS);
        assertThat(report.lastHash()).isEqualTo(db.sql.queryForObject("select hash from audit_event where seq = 10",
                String.class));
    }

    @Test
    void an_empty_chain_is_intact() {
        var empty = ChainDatabase.fresh();
        try {
            assertThat(empty.chain.verify(4)).isEqualTo(new ChainReport(0, 0, "0".repeat(64), null, 0));
        } finally {
            empty.close();
        }
    }

    @Test
    void rows_a_crash_left_pending_are_reported_and_then_chained_once_in_the_order_they_were_staged() {
        db.stage("crash", List.of(ChainDatabase.entry(11), ChainDatabase.entry(12)));

        var before = verify();
        assertThat(before.intact()).isTrue();
        assertThat(before.lastSeq()).isEqualTo(ROWS);
        assertThat(before.pending()).isEqualTo(2);

        assertThat(db.chainPending()).isEqualTo(2);
        assertThat(db.chainPending()).isZero();

        var after = verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.checked()).isEqualTo(ROWS + 2);
        assertThat(after.pending()).isZero();
        assertThat(db.sql.queryForList("select object_id from audit_event where seq > 10 order by seq", String.class))
                .containsExactly("11", "12");
        assertThat(db.sql.queryForObject("select name from audit_actor_name where seq = 11", String.class))
                .isEqualTo("Zoë de Vries");
    }

    @Test
    void two_chainers_on_two_connections_chain_each_pending_row_exactly_once() throws Exception {
        for (int batch = 0; batch < 20; batch++) {
            var entries = new java.util.ArrayList<NewEntry>();
            for (int i = 1; i <= 10; i++) {
                entries.add(ChainDatabase.entry(ROWS + batch * 10 + i));
            }
            db.stage("batch-" + batch, entries);
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> {
                start.await();
                return db.chainPending();
            });
            var second = threads.submit(() -> {
                start.await();
                return db.chainPending();
            });
            start.countDown();

            assertThat(first.get() + second.get()).isEqualTo(200);
        }
        var report = verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(ROWS + 200);
        assertThat(report.pending()).isZero();
        assertThat(db.sql.queryForObject("select count(distinct object_id) from audit_event", Long.class))
                .isEqualTo(ROWS + 200L);
    }

    @Test
    void chaining_a_backlog_of_twelve_hundred_rows_sends_the_statements_of_chaining_one() {
        // issue 12: a reminder run stages one row per person; its statements must not grow with the staff
        int one = statementsToChain(1);
        int backlog = statementsToChain(1_200);

        assertThat(backlog).as("statements to chain 1,200 pending rows").isEqualTo(one);
    }

    /** Stages {@code rows} rows in batches of three on a fresh chain, chains them and checks the result. */
    private static int statementsToChain(int rows) {
        var fresh = ChainDatabase.counted();
        try {
            for (int first = 1; first <= rows; first += 3) {
                var batch = new java.util.ArrayList<NewEntry>();
                for (int i = first; i < first + 3 && i <= rows; i++) {
                    batch.add(ChainDatabase.entry(i));
                }
                fresh.stage("batch-" + first, batch);
            }
            var chained = nl.codewijzer.StatementCounter.count(fresh::chainPending);

            assertThat(chained.result()).isEqualTo(rows);
            var report = fresh.chain.verify(500);
            assertThat(report.intact()).isTrue();
            assertThat(report.checked()).isEqualTo(rows);
            assertThat(report.pending()).isZero();
            assertThat(fresh.sql.queryForList("select object_id from audit_event order by seq", String.class))
                    .as("in the order they were staged").containsExactlyElementsOf(
                            java.util.stream.IntStream.rangeClosed(1, rows).mapToObj(Integer::toString).toList());
            return chained.statements();
        } finally {
            fresh.close();
        }
    }

    @Test
    void rows_are_numbered_without_gaps_and_each_points_at_the_hash_before_it() {
        var rows = db.sql.queryForList("select seq, prev_hash, hash from audit_event order by seq");

        assertThat(rows).extracting(row -> ((Number) row.get("SEQ")).longValue())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(rows.getFirst().get("PREV_HASH")).isEqualTo("0".repeat(64));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("PREV_HASH")).isEqualTo(rows.get(i - 1).get("HASH"));
        }
    }

    @Test
    void a_column_changed_through_sql_is_reported_at_that_row() {
        db.sql.update("update audit_event set details = 'number=5; sha256=vervalst' where seq = 5");

        assertThat(verify().broken()).isEqualTo(new Break(5, Reason.CHANGED));
    }

    @Test
    void a_changed_time_or_actor_id_is_reported_too() {
        db.sql.update("update audit_event set occurred_at = dateadd('HOUR', 1, occurred_at) where seq = 3");
        assertThat(verify().broken()).isEqualTo(new Break(3, Reason.CHANGED));

        var other = ChainDatabase.fresh();
        try {
            other.appendRows(ROWS);
            other.sql.update("update audit_event set actor_id = 2 where seq = 7");
            assertThat(other.chain.verify(4).broken()).isEqualTo(new Break(7, Reason.CHANGED));
        } finally {
            other.close();
        }
    }

    @Test
    void a_row_changed_together_with_its_recomputed_hash_is_reported_at_the_row_after_it() {
        // someone who knows the algorithm rewrites row 5 so that it is consistent in itself
        var forged = db.sql.queryForObject("select * from audit_event where seq = 5", (rs, n) -> ChainHash.row(5,
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getObject("actor_id", Long.class),
                rs.getString("actor_name_digest"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getObject("subject_id", Long.class), "vervalst", rs.getString("prev_hash")));
        db.sql.update("update audit_event set details = 'vervalst', hash = ? where seq = 5", forged);

        assertThat(verify().broken()).isEqualTo(new Break(6, Reason.LINK_BROKEN));
    }

    @Test
    void a_deleted_row_in_the_middle_is_reported_as_missing() {
        db.sql.update("delete from audit_actor_name where seq = 5");
        db.sql.update("delete from audit_event where seq = 5");

        assertThat(verify().broken()).isEqualTo(new Break(5, Reason.MISSING));
    }

    @Test
    void a_deleted_last_row_is_noticed_through_the_head() {
        db.sql.update("delete from audit_actor_name where seq = 10");
        db.sql.update("delete from audit_event where seq = 10");

        var report = verify();
        assertThat(report.broken()).isEqualTo(new Break(10, Reason.END_MISSING));
        assertThat(report.checked()).isEqualTo(9);
    }

    @Test
    void deleting_the_last_row_and_moving_the_head_back_breaks_the_head_hash() {
        db.sql.update("delete from audit_actor_name where seq = 10");
        db.sql.update("delete from audit_event where seq = 10");
        db.sql.update("update audit_head set last_seq = 9 where id = 1");

        assertThat(verify().broken()).isEqualTo(new Break(9, Reason.HEAD_MISMATCH));
    }

    @Test
    void a_forged_row_inserted_after_the_end_is_reported() {
        var last = db.sql.queryForObject("select hash from audit_event where seq = 10", String.class);
        db.sql.update("""
                insert into audit_event (seq, occurred_at, actor_id, actor_name_digest, action, object_type, object_id,
                                         subject_id, details, prev_hash, hash)
                values (11, current_timestamp, 1, ?, 'signature.recorded', 'signature', '99', 1, 'vervalst', ?, ?)""",
                "a".repeat(64), last, "b".repeat(64));

        assertThat(verify().broken()).isEqualTo(new Break(11, Reason.BEYOND_HEAD));

        db.sql.update("update audit_head set last_seq = 11, last_hash = ? where id = 1", "b".repeat(64));
        assertThat(verify().broken()).isEqualTo(new Break(11, Reason.CHANGED));
    }

    @Test
    void a_forged_row_in_front_of_the_chain_is_reported() {
        db.sql.update("""
                insert into audit_event (seq, occurred_at, actor_id, actor_name_digest, action, object_type, object_id,
                                         subject_id, details, prev_hash, hash)
                values (0, current_timestamp, null, ?, 'login.succeeded', 'person', '1', 1, '', ?, ?)""",
                "a".repeat(64), "0".repeat(64), "c".repeat(64));

        assertThat(verify().broken()).isEqualTo(new Break(0, Reason.UNEXPECTED));
    }

    @Test
    void a_changed_actor_name_is_reported() {
        db.sql.update("update audit_actor_name set name = 'Iemand Anders' where seq = 4");

        assertThat(verify().broken()).isEqualTo(new Break(4, Reason.NAME_CHANGED));
    }

    @Test
    void a_name_removed_without_pseudonymisation_is_reported() {
        db.sql.update("delete from audit_actor_name where seq = 4");

        assertThat(verify().broken()).isEqualTo(new Break(4, Reason.NAME_REMOVED));
    }

    @Test
    void erasing_a_pseudonymised_persons_names_keeps_the_chain_intact() {
        db.append(List.of(new NewEntry(Instant.parse("2026-05-20T07:00:00Z"), null, "zoe@school.example",
                AuditChain.LOGIN_FAILED, "person", "2", 2L, "reason=bad-credentials")));
        db.append(List.of(new NewEntry(Instant.parse("2026-06-01T03:30:00Z"), null, "systeem",
                PersonPseudonymised.ACTION, "person", "2", 2L, "endDate=2024-01-31; retentionMonths=24")));

        int erased = db.chain.eraseNames(2);

        // rows 2, 5 and 8, where person 2 acted, and the failed login with her e-mail
        assertThat(erased).isEqualTo(4);
        assertThat(db.sql.queryForList("select name from audit_actor_name order by seq", String.class))
                .doesNotContain("Zoë de Vries", "zoe@school.example")
                .containsOnly("Łukasz Nowak", "systeem");
        assertThat(verify().intact()).isTrue();
        assertThat(verify().checked()).isEqualTo(ROWS + 2);
    }

    @Test
    void verifying_page_by_page_gives_the_same_answer_for_any_page_size() {
        db.sql.update("update audit_event set object_id = '77' where seq = 8");

        for (int pageSize : List.of(1, 3, 7, 10, 11, 1000)) {
            assertThat(db.chain.verify(pageSize).broken()).as("page size %d", pageSize)
                    .isEqualTo(new Break(8, Reason.CHANGED));
        }
    }
}
