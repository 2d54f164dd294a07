package nl.codewijzer.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import nl.codewijzer.audit.AnchorReport;
import nl.codewijzer.audit.AnchorReport.Anchor;
import nl.codewijzer.audit.ChainReport;
import nl.codewijzer.pdf.TrustedTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anchors the audit trail in time: the chain's head (last seq and hash) is timestamped by the RFC 3161
 * authority and the token stored (V040). Checking reads every token back, and holds the chain as it is
 * now against each: a row changed before an anchor's row, or a chain rewritten with fresh hashes,
 * contradicts that anchor. See docs/decisions/0027-audit-anchors.md.
 */
public final class AuditAnchors {

    private final JdbcTemplate jdbc;
    private final TrustedTime time;

    public AuditAnchors(DataSource dataSource, TrustedTime time) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.time = time;
    }

    private record Stored(long seq, String headHash, String token) {
    }

    public boolean available() {
        return time.available();
    }

    /**
     * Timestamps the chain's current head and stores the anchor; nothing new when the newest anchor
     * already covers this head.
     *
     * @throws nl.codewijzer.pdf.TimestampUnavailable if the authority does not answer
     */
    public Anchor anchor() {
        var head = Objects.requireNonNull(jdbc.queryForObject("select last_seq, last_hash from audit_head where id = 1",
                (rs, row) -> new Stored(rs.getLong(1), rs.getString(2), "")));
        var newest = jdbc.query("""
                select seq, head_hash, timestamped_at, authority from audit_anchor
                order by seq desc, id desc fetch first 1 rows only""",
                (rs, row) -> new Anchor(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
        if (!newest.isEmpty() && newest.getFirst().seq() == head.seq()
                && newest.getFirst().headHash().equals(head.headHash())) {
            return newest.getFirst();
        }
        var stamped = time.stamp(digest(head.seq(), head.headHash()));
        jdbc.update("insert into audit_anchor (seq, head_hash, timestamped_at, authority, token) values (?, ?, ?, ?, ?)",
                new Object[] {head.seq(), head.headHash(), OffsetDateTime.ofInstant(stamped.time(), ZoneOffset.UTC),
                        cut(stamped.authority()), Base64.getEncoder().encodeToString(stamped.token())},
                new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR});
        return new Anchor(head.seq(), head.headHash(), stamped.time(), stamped.authority());
    }

    /** Every anchor, oldest first, as its token says (time and authority from the token, not the columns). */
    public List<Anchor> all() {
        var result = new ArrayList<Anchor>();
        for (var stored : stored()) {
            read(stored).ifPresent(result::add);
        }
        return result;
    }

    /** The anchors held against the chain as {@code report} found it. */
    public AnchorReport check(ChainReport report) {
        var stored = stored();
        Anchor confirmed = null;
        Anchor contradicted = null;
        int unreadable = 0;
        var broken = report.broken();
        for (var anchor : stored) {
            var read = read(anchor);
            if (read.isEmpty()) {
                unreadable++;
                continue;
            }
            var hashNow = jdbc.queryForList("select hash from audit_event where seq = ?", String.class, anchor.seq());
            boolean sameRow = hashNow.size() == 1 && hashNow.getFirst().equals(anchor.headHash());
            boolean chainHolds = broken == null || broken.seq() > anchor.seq();
            if (sameRow && chainHolds) {
                confirmed = read.get();
            } else if (contradicted == null) {
                contradicted = read.get();
            }
        }
        return new AnchorReport(stored.size(), confirmed, contradicted, unreadable);
    }

    private List<Stored> stored() {
        return jdbc.query("select seq, head_hash, token from audit_anchor order by seq, id",
                (rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    private Optional<Anchor> read(Stored stored) {
        byte[] token;
        try {
            token = Base64.getDecoder().decode(stored.token());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return time.read(token, digest(stored.seq(), stored.headHash()))
                .map(read -> new Anchor(stored.seq(), stored.headHash(), read.time(), read.authority()));
    }

    /** What is timestamped: SHA-256 over a fixed label, the row number and its hash. */
    static byte[] digest(long seq, String hash) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("codewijzer-audit-head\n" + seq + "\n" + hash)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text) {
        return AuditChain.cut(text, AuditChain.MAX_NAME);
    }
}
