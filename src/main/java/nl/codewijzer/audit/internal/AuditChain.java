package nl.codewijzer.audit.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import nl.codewijzer.audit.ChainReport;
import nl.codewijzer.audit.ChainReport.Break;
import nl.codewijzer.audit.ChainReport.Reason;
import nl.codewijzer.staff.PersonPseudonymised;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * The hash chain itself, in plain SQL: appending rows behind the locked head row, erasing the
 * names of a pseudonymised person, and verifying the whole chain page by page. Works on any data
 * source with the V009 schema, so tests and the benchmark can run it on a database of their own.
 * Appending must run inside a transaction; the head row stays locked until that transaction ends. The
 * application stages rows first ({@link #stage}) and chains them after the commit ({@link #chainPending}).
 */
public final class AuditChain {

    /** A failed login: nobody signed in; the typed e-mail is stored as the actor's name. */
    public static final String LOGIN_FAILED = "login.failed";

    static final int MAX_NAME = 254;
    static final int MAX_LABEL = 80;
    static final int MAX_OBJECT_ID = 100;
    static final int MAX_DETAILS = 4000;
    private static final String INSERT_EVENT = """
            insert into audit_event (seq, occurred_at, actor_id, actor_name_digest, action, object_type, object_id,
                                     subject_id, details, prev_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] EVENT_TYPES = {Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final String INSERT_NAME = "insert into audit_actor_name (seq, name, salt) values (?, ?, ?)";
    private static final int[] NAME_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR};
    private static final String INSERT_PENDING = """
            insert into audit_pending (batch, occurred_at, actor_id, actor_name, action, object_type, object_id,
                                       subject_id, details)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] PENDING_TYPES = {Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR};
    private static final String PENDING = """
            select p.id, p.occurred_at, p.actor_id, p.actor_name, p.action, p.object_type, p.object_id, p.subject_id,
                   p.details
            from audit_pending p
            join (select batch, min(id) as first_id from audit_pending group by batch) b on b.batch = p.batch
            order by b.first_id, p.id""";
    private static final String DELETE_PENDING = "delete from audit_pending where id = ?";
    private static final String UPDATE_HEAD = "update audit_head set last_seq = ?, last_hash = ? where id = 1";
    /** Rows read, and written in one JDBC batch per table, at a time: memory stays bounded for any backlog. */
    private static final int PENDING_BATCH = 500;
    private static final String PAGE = """
            select e.seq, e.occurred_at, e.actor_id, e.actor_name_digest, e.action, e.object_type, e.object_id,
                   e.subject_id, e.details, e.prev_hash, e.hash, n.name, n.salt
            from audit_event e left join audit_actor_name n on n.seq = e.seq
            where e.seq > ? and e.seq <= ?
            order by e.seq
            fetch first ? rows only""";

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public AuditChain(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    private record Head(long seq, String hash) {
    }

    /** A stored row as the verification reads it. */
    private record StoredRow(long seq, Instant occurredAt, @Nullable Long actorId, String actorNameDigest, String action,
            String objectType, String objectId, @Nullable Long subjectId, String details, String prevHash, String hash,
            @Nullable String name, @Nullable String salt) {

        String recomputed() {
            return ChainHash.row(seq, occurredAt, actorId, actorNameDigest, action, objectType, objectId, subjectId,
                    details, prevHash);
        }
    }

    /**
     * Appends the entries, in order, behind the current end of the chain, in the caller's
     * transaction. The head row is locked first, so a concurrent append waits until this
     * transaction commits or rolls back, and never takes the same predecessor.
     *
     * @return the seq of the last appended row
     */
    public long append(List<NewEntry> entries) {
        return appendAfter(lockHead(), entries).seq();
    }

    /**
     * Writes the entries to {@code audit_pending} in the caller's transaction, under the token {@code batch}. This
     * takes no lock: the action and its entries commit together, and commits of different actions overlap.
     * {@link #chainPending()} moves them into the chain after the commit (decision 0039).
     */
    public void stage(String batch, List<NewEntry> entries) {
        var rows = new ArrayList<Object[]>(entries.size());
        for (var entry : entries) {
            rows.add(new Object[] {batch, OffsetDateTime.ofInstant(ChainHash.stored(entry.occurredAt()), ZoneOffset.UTC),
                    entry.actorId(), cut(entry.actorName(), MAX_NAME), cut(entry.action(), MAX_LABEL),
                    cut(entry.objectType(), MAX_LABEL), cut(entry.objectId(), MAX_OBJECT_ID), entry.subjectId(),
                    cut(entry.details(), MAX_DETAILS)});
        }
        jdbc.batchUpdate(INSERT_PENDING, rows, PENDING_TYPES);
    }

    /** How many staged rows wait to be chained. */
    public long pendingCount() {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from audit_pending", Long.class));
    }

    /**
     * Chains every committed pending row, one transaction's rows together and in the order they were staged, behind
     * the locked head row, and removes it from {@code audit_pending}, in the caller's transaction. The pending rows
     * are read only once the head is locked, so two chainers (two threads, or two servers) never chain a row twice:
     * the second finds them gone.
     *
     * <p>However many rows wait (a reminder run stages one per person), this sends the same six statements: the pending
     * rows are read through one cursor, {@value #PENDING_BATCH} at a time, and written through one prepared insert per
     * table and one delete, each executed as a JDBC batch per {@value #PENDING_BATCH} rows; the head is updated once
     * (issue 12: a run's statements must not grow with the staff).
     *
     * @return how many rows were chained
     */
    public int chainPending() {
        var head = lockHead();
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var writer = new ChainWriter(connection, head); var select = connection.prepareStatement(PENDING)) {
                select.setFetchSize(PENDING_BATCH);
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        writer.add(rs.getLong("id"), new NewEntry(rs.getObject("occurred_at", OffsetDateTime.class)
                                .toInstant(), rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                                rs.getObject("subject_id", Long.class), rs.getString("details")));
                    }
                }
                return writer.finish();
            }
        }));
    }

    /**
     * Writes chained rows behind a locked head through one prepared statement per table, prepared when the first
     * row comes, and executes them in batches of {@value #PENDING_BATCH}.
     */
    private final class ChainWriter implements AutoCloseable {
        private final Connection connection;
        private long seq;
        private String prev;
        private @Nullable Writes writes;
        private int chained;
        private int batched;

        ChainWriter(Connection connection, Head head) {
            this.connection = connection;
            this.seq = head.seq();
            this.prev = head.hash();
        }

        void add(long pendingId, NewEntry entry) throws SQLException {
            var open = writes;
            if (open == null) {
                open = new Writes(connection.prepareStatement(INSERT_EVENT), connection.prepareStatement(INSERT_NAME),
                        connection.prepareStatement(DELETE_PENDING));
                writes = open;
            }
            seq++;
            var row = chained(seq, prev, entry);
            addBatch(open.events(), row.event(), EVENT_TYPES);
            addBatch(open.names(), row.name(), NAME_TYPES);
            addBatch(open.deletes(), new Object[] {pendingId}, new int[] {Types.BIGINT});
            prev = row.hash();
            chained++;
            if (++batched == PENDING_BATCH) {
                writeBatch(open);
            }
        }

        /** Writes what is left and moves the head once; returns how many rows were chained. */
        int finish() throws SQLException {
            var open = writes;
            if (open == null) {
                return 0;
            }
            writeBatch(open);
            try (var update = connection.prepareStatement(UPDATE_HEAD)) {
                update.setLong(1, seq);
                update.setString(2, prev);
                update.executeUpdate();
            }
            return chained;
        }

        @Override
        public void close() throws SQLException {
            var open = writes;
            if (open != null) {
                try (var events = open.events(); var names = open.names(); var deletes = open.deletes()) {
                    writes = null;
                }
            }
        }

        private void writeBatch(Writes open) throws SQLException {
            if (batched > 0) {
                // a name row refers to its event row: events first
                open.events().executeBatch();
                open.names().executeBatch();
                open.deletes().executeBatch();
            }
            batched = 0;
        }

        private static void addBatch(PreparedStatement statement, Object[] values, int[] types) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(statement, i + 1, types[i], values[i]);
            }
            statement.addBatch();
        }
    }

    private record Writes(PreparedStatement events, PreparedStatement names, PreparedStatement deletes) {
    }

    private Head lockHead() {
        return Objects.requireNonNull(jdbc.queryForObject("select last_seq, last_hash from audit_head where id = 1 for update",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2))));
    }

    /** Appends behind {@code head}, which this transaction has locked, and returns the new head. */
    private Head appendAfter(Head head, List<NewEntry> entries) {
        long seq = head.seq();
        var prev = head.hash();
        var events = new ArrayList<Object[]>(entries.size());
        var names = new ArrayList<Object[]>(entries.size());
        for (var entry : entries) {
            seq++;
            var row = chained(seq, prev, entry);
            events.add(row.event());
            names.add(row.name());
            prev = row.hash();
        }
        jdbc.batchUpdate(INSERT_EVENT, events, EVENT_TYPES);
        jdbc.batchUpdate(INSERT_NAME, names, NAME_TYPES);
        jdbc.update(UPDATE_HEAD, seq, prev);
        return new Head(seq, prev);
    }

    /** One entry as the chain stores it at {@code seq} behind {@code prev}: its event row, its name row, its hash. */
    private record ChainedRow(Object[] event, Object[] name, String hash) {
    }

    private ChainedRow chained(long seq, String prev, NewEntry entry) {
        var at = ChainHash.stored(entry.occurredAt());
        var name = cut(entry.actorName(), MAX_NAME);
        var salt = salt();
        var digest = ChainHash.nameDigest(salt, name);
        var action = cut(entry.action(), MAX_LABEL);
        var objectType = cut(entry.objectType(), MAX_LABEL);
        var objectId = cut(entry.objectId(), MAX_OBJECT_ID);
        var details = cut(entry.details(), MAX_DETAILS);
        var hash = ChainHash.row(seq, at, entry.actorId(), digest, action, objectType, objectId, entry.subjectId(),
                details, prev);
        return new ChainedRow(new Object[] {seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), entry.actorId(),
                digest, action, objectType, objectId, entry.subjectId(), details, prev, hash},
                new Object[] {seq, name, salt}, hash);
    }

    /**
     * Erases the stored names of a pseudonymised person: on the rows where they acted, and the
     * e-mail typed in failed logins with their address. The chain keeps only the salted digests,
     * so it stays verifiable.
     */
    public int eraseNames(long personId) {
        return jdbc.update("""
                delete from audit_actor_name where seq in (
                    select seq from audit_event where actor_id = ? or (action = ? and subject_id = ?))""",
                personId, LOGIN_FAILED, personId);
    }

    /**
     * Verifies every row in seq order, {@code pageSize} rows at a time (memory stays bounded for
     * any length), and reports the first place where the chain breaks.
     */
    public ChainReport verify(int pageSize) {
        long pending = pendingCount();
        var head = head();
        var erasable = new ErasedNames();
        long expected = 1;
        long after = Long.MIN_VALUE;
        var prev = ChainHash.GENESIS;
        while (true) {
            var page = jdbc.query(PAGE, AuditChain::stored, after, head.seq(), pageSize);
            for (var row : page) {
                var reason = check(row, expected, prev, erasable);
                if (reason != null) {
                    return broken(expected - 1, head, reason == Reason.MISSING ? expected : row.seq(), reason, pending);
                }
                prev = row.hash();
                expected++;
            }
            if (page.size() < pageSize) {
                break;
            }
            after = page.getLast().seq();
        }
        long checked = expected - 1;
        if (checked < head.seq()) {
            return broken(checked, head, expected, Reason.END_MISSING, pending);
        }
        if (!prev.equals(head.hash())) {
            return broken(checked, head, head.seq(), Reason.HEAD_MISMATCH, pending);
        }
        var beyond = jdbc.queryForObject("select min(seq) from audit_event where seq > ?", Long.class, head.seq());
        if (beyond != null && head().seq() == head.seq()) {
            return broken(checked, head, beyond, Reason.BEYOND_HEAD, pending);
        }
        return new ChainReport(checked, head.seq(), head.hash(), null, pending);
    }

    private static @Nullable Reason check(StoredRow row, long expected, String prev, ErasedNames erasable) {
        if (row.seq() > expected) {
            return Reason.MISSING;
        }
        if (row.seq() < expected) {
            return Reason.UNEXPECTED;
        }
        if (!row.prevHash().equals(prev)) {
            return Reason.LINK_BROKEN;
        }
        if (!row.recomputed().equals(row.hash())) {
            return Reason.CHANGED;
        }
        if (row.name() != null && row.salt() != null) {
            return ChainHash.nameDigest(row.salt(), row.name()).equals(row.actorNameDigest()) ? null : Reason.NAME_CHANGED;
        }
        var person = row.actorId() != null ? row.actorId() : LOGIN_FAILED.equals(row.action()) ? row.subjectId() : null;
        return person != null && erasable.pseudonymised(person) ? null : Reason.NAME_REMOVED;
    }

    private static ChainReport broken(long checked, Head head, long seq, Reason reason, long pending) {
        return new ChainReport(checked, head.seq(), head.hash(), new Break(seq, reason), pending);
    }

    private Head head() {
        return Objects.requireNonNull(jdbc.queryForObject("select last_seq, last_hash from audit_head where id = 1",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2))));
    }

    /** The people whose names may be missing: those the chain itself records as pseudonymised. */
    private final class ErasedNames {
        private @Nullable Set<Long> people;
        private boolean reloaded;

        boolean pseudonymised(long personId) {
            if (people == null || (!people.contains(personId) && !reloaded)) {
                reloaded = people != null;
                people = new HashSet<>();
                for (var id : jdbc.queryForList("select object_id from audit_event where action = ?", String.class,
                        PersonPseudonymised.ACTION)) {
                    try {
                        people.add(Long.parseLong(id));
                    } catch (NumberFormatException notAPerson) {
                        // not an id: cannot excuse any missing name
                    }
                }
            }
            return people.contains(personId);
        }
    }

    private static StoredRow stored(ResultSet rs, int row) throws SQLException {
        return new StoredRow(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name_digest"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getObject("subject_id", Long.class),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"), rs.getString("name"),
                rs.getString("salt"));
    }

    private String salt() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Shortens to the column's length without splitting a character, before hashing, so hash and row agree. */
    static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
