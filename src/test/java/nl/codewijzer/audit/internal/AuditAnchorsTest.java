package nl.codewijzer.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.audit.ChainReport.Reason;
import nl.codewijzer.pdf.TrustedTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chain anchored in time by the app's own authority (the local demo one, over HTTP), on a database of
 * its own that the tests tamper with as someone with SQL access would.
 */
@CodewijzerTest
class AuditAnchorsTest {

    @Autowired
    TrustedTime time;

    ChainDatabase db;
    AuditAnchors anchors;

    @BeforeEach
    void tenAnchoredRows() {
        db = ChainDatabase.fresh();
        db.appendRows(10);
        anchors = new AuditAnchors(db.dataSource, time);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_head_is_timestamped_and_confirmed_by_the_next_check() {
        var anchor = anchors.anchor();
        db.appendRows(2);

        var report = anchors.check(db.chain.verify(100));

        assertThat(anchor.seq()).isEqualTo(10);
        assertThat(Duration.between(anchor.timestampedAt(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(report.anchors()).isEqualTo(1);
        assertThat(report.contradicted()).isNull();
        assertThat(report.lastConfirmed()).isNotNull();
        assertThat(report.lastConfirmed().seq()).isEqualTo(10);
        assertThat(report.lastConfirmed().authority()).isEqualTo("Codewijzer demotijdstempeldienst (niet voor echt gebruik)");
        assertThat(anchors.anchor()).as("a new head gets a new anchor").extracting(a -> a.seq()).isEqualTo(12L);
        assertThat(anchors.anchor().seq()).as("the same head is not anchored twice").isEqualTo(12L);
        assertThat(anchors.all()).hasSize(2);
    }

    @Test
    void a_row_changed_before_the_last_anchor_is_reported_with_the_anchor_it_contradicts() {
        anchors.anchor();
        db.appendRows(2);
        var later = anchors.anchor();
        db.sql.update("update audit_event set details = 'number=5; sha256=vervalst' where seq = 5");

        var chain = db.chain.verify(100);
        var report = anchors.check(chain);

        assertThat(chain.broken()).isNotNull();
        assertThat(chain.broken().seq()).isEqualTo(5);
        assertThat(chain.broken().reason()).isEqualTo(Reason.CHANGED);
        assertThat(report.contradicted()).isNotNull();
        assertThat(report.contradicted().seq()).as("the first anchor after the changed row").isEqualTo(10);
        assertThat(report.lastConfirmed()).isNull();
        assertThat(later.seq()).isEqualTo(12);
    }

    @Test
    void a_whole_chain_rewritten_with_fresh_hashes_verifies_but_contradicts_the_anchor() {
        anchors.anchor();
        // a database administrator who knows the algorithm writes the whole trail anew, consistent in itself
        db.sql.update("delete from audit_actor_name");
        db.sql.update("delete from audit_event");
        db.sql.update("update audit_head set last_seq = 0, last_hash = ? where id = 1", ChainHash.GENESIS);
        for (int i = 1; i <= 10; i++) {
            var entry = ChainDatabase.entry(i);
            db.append(List.of(i == 4 ? new NewEntry(entry.occurredAt(), entry.actorId(), entry.actorName(),
                    entry.action(), entry.objectType(), entry.objectId(), entry.subjectId(), "number=4; teruggedateerd")
                    : entry));
        }

        var chain = db.chain.verify(100);
        var report = anchors.check(chain);

        assertThat(chain.intact()).as("the rewritten chain is consistent in itself").isTrue();
        assertThat(report.contradicted()).isNotNull();
        assertThat(report.contradicted().seq()).isEqualTo(10);
        assertThat(report.lastConfirmed()).isNull();
    }

    @Test
    void an_anchor_changed_in_the_database_does_not_read_back() {
        anchors.anchor();
        db.sql.update("update audit_anchor set head_hash = ?", "c".repeat(64));

        var report = anchors.check(db.chain.verify(100));

        assertThat(report.unreadable()).isEqualTo(1);
        assertThat(report.lastConfirmed()).isNull();
    }
}
