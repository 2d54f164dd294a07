package nl.codewijzer.pdf;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.base.Sha256;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school's archive of sealed documents (decision 0026): one kept copy per kind of document and
 * subject, and the renewal that keeps them verifiable. A timestamp can be shown valid only while its
 * authority's certificate is; before that ends ({@code codewijzer.seal.renew-margin} ahead, 180 days
 * by default) the document gets an archive timestamp over everything it holds (PAdES B-LTA), and the
 * audit trail records it. The modules that make a document decide what is archived and who may read it.
 */
@Service
public class SealedArchive {

    private static final Logger log = LoggerFactory.getLogger(SealedArchive.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PdfSeal> seal;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration renewMargin;

    SealedArchive(JdbcTemplate jdbc, ObjectProvider<PdfSeal> seal, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock,
            @Value("${codewijzer.seal.renew-margin:P180D}") Duration renewMargin) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.renewMargin = renewMargin;
    }

    /** The kept copy of {@code kind} for {@code subjectId}, if one was archived. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public Optional<ArchivedPdf> find(String kind, long subjectId) {
        return jdbc.query("select * from sealed_archive where kind = ? and subject_id = ?", SealedArchive::archived,
                kind, subjectId).stream().findFirst();
    }

    /**
     * Keeps {@code sealed} as the archived copy of {@code kind} for {@code subjectId}, unless one is
     * there already (then that one is the answer: an archived copy is never replaced, only renewed).
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public ArchivedPdf keep(String kind, long subjectId, String title, byte[] sealed) {
        var kept = find(kind, subjectId);
        if (kept.isPresent()) {
            return kept.get();
        }
        var validUntil = timestampsValidUntil(sealed);
        try {
            jdbc.update("""
                    insert into sealed_archive (kind, subject_id, title, content, sha256, kept_at, renew_before)
                    values (?, ?, ?, ?, ?, ?, ?)""", kind, subjectId, title, sealed, Sha256.hex(sealed),
                    Timestamp.from(clock.instant()), validUntil == null ? null : Timestamp.from(validUntil));
        } catch (DuplicateKeyException keptByAnother) {
            // another request archived it a moment ago: theirs is the kept copy
        }
        return find(kind, subjectId).orElseThrow();
    }

    /** The archived documents whose newest timestamp ends within the renewal margin. */
    private List<ArchivedPdf> dueForRenewal() {
        return jdbc.query("select * from sealed_archive where renew_before is not null and renew_before <= ? order by id",
                SealedArchive::archived, Timestamp.from(clock.instant().plus(renewMargin)));
    }

    /**
     * Adds an archive timestamp to every document that is due, each in a transaction of its own with
     * its audit row; one the authority refuses stays due and is tried again on the next run.
     *
     * @return how many were renewed
     */
    @PreAuthorize(Role.Require.SYSTEM)
    public int renewDue() {
        var sealer = seal.getIfAvailable();
        if (sealer == null) {
            return 0;
        }
        int renewed = 0;
        for (var due : dueForRenewal()) {
            try {
                transaction.executeWithoutResult(status -> renew(sealer, due));
                renewed++;
            } catch (TimestampUnavailable unavailable) {
                log.warn("Archived document {} ({} {}) not renewed today: the time-stamping authority {} does not answer",
                        due.id(), due.kind(), due.subjectId(), unavailable.authority());
            }
        }
        return renewed;
    }

    private void renew(PdfSeal sealer, ArchivedPdf due) {
        var renewed = sealer.renew(due.content());
        var validUntil = timestampsValidUntil(renewed);
        var sha256 = Sha256.hex(renewed);
        jdbc.update("""
                update sealed_archive set content = ?, sha256 = ?, renew_before = ?, renewed_at = ?,
                renewals = renewals + 1 where id = ?""", renewed, sha256,
                validUntil == null ? null : Timestamp.from(validUntil), Timestamp.from(clock.instant()), due.id());
        events.publishEvent(new ArchivedPdfRenewed(due.id(), due.kind(), due.subjectId(), due.renewals() + 1, sha256,
                validUntil));
        log.info("Archived document {} ({} {}) renewed: timestamps valid until {}", due.id(), due.kind(),
                due.subjectId(), validUntil);
    }

    private @Nullable Instant timestampsValidUntil(byte[] sealed) {
        var sealer = seal.getIfAvailable();
        return sealer == null ? null : sealer.timestampsValidUntil(sealed).orElse(null);
    }

    private static ArchivedPdf archived(ResultSet row, int number) throws SQLException {
        return new ArchivedPdf(row.getLong("id"), row.getString("kind"), row.getLong("subject_id"), row.getString("title"),
                row.getBytes("content"), row.getString("sha256"), row.getTimestamp("kept_at").toInstant(),
                instant(row.getTimestamp("renew_before")), instant(row.getTimestamp("renewed_at")), row.getInt("renewals"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
