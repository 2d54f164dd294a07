package nl.codewijzer.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a school from its H2 database to an empty PostgreSQL database with the same schema (both
 * migrated by Flyway to the same version): every row of every table, with the same ids, hashes and
 * times, in one transaction on the target, tables in the order of their foreign keys; then each
 * identity column continues after the highest id moved. The target must hold no people yet.
 *
 * <p>Where foreign keys form a cycle (a signature belongs to its request, and a carried-over request
 * points at the signature that still counts), a nullable column of the cycle is left empty while its
 * table is copied and filled in once every table is there.
 */
final class DatabaseMove {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMove.class);
    private static final int BATCH = 500;
    /**
     * Flyway's own table is written by Flyway on each side; the lock tables (ShedLock's, and the first start's
     * one row, which Flyway wrote on each side) hold nothing worth moving.
     */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "shedlock", "first_start");

    /** Rows moved per table, in the order moved. */
    record Moved(Map<String, Integer> rows) {
        int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private DatabaseMove() {
    }

    static Moved move(DataSource h2, DataSource postgres) {
        try (var source = h2.getConnection(); var target = postgres.getConnection()) {
            source.setReadOnly(true);
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            target.setAutoCommit(false);
            try {
                var order = tablesInForeignKeyOrder(target);
                refuseWithoutPeople(source);
                refuseUnlessEmpty(target);
                var moved = new LinkedHashMap<String, Integer>();
                for (var table : order.tables()) {
                    moved.put(table, copy(table, columns(target, table), order.filledInLater(table), source, target));
                }
                for (var later : order.later()) {
                    fillIn(later, source, target);
                }
                continueIdentities(target);
                target.commit();
                source.rollback();
                return new Moved(moved);
            } catch (SQLException | RuntimeException failed) {
                target.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The move to PostgreSQL failed; nothing was written: " + failed.getMessage(), failed);
        }
    }

    /** A school without people is a wrong path or an empty file: moving it would give an empty database. */
    private static void refuseWithoutPeople(Connection source) throws SQLException {
        try (var statement = source.createStatement(); var rows = statement.executeQuery("select count(*) from person")) {
            rows.next();
            if (rows.getLong(1) == 0) {
                throw new IllegalStateException("The H2 database holds no people: check the path in "
                        + "codewijzer.move-from-h2 (the folder the app ran in, e.g. jdbc:h2:file:./data/codewijzer). "
                        + "Nothing was written.");
            }
        }
    }

    private static void refuseUnlessEmpty(Connection target) throws SQLException {
        try (var statement = target.createStatement(); var rows = statement.executeQuery("select count(*) from person")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The PostgreSQL database already holds people: a move needs an empty "
                        + "database (create a new one, or drop and create it again). Nothing was written.");
            }
        }
        // an empty database still has Flyway's seed rows (school settings, audit head): the move brings the school's own
        try (var statement = target.createStatement()) {
            statement.execute("delete from school_settings");
            statement.execute("delete from audit_head");
        }
    }

    /** A foreign-key column that breaks a cycle: copied empty, filled in after every table is there. */
    private record Later(String table, String column) {
    }

    /** The tables in the order to copy them, and the columns to fill in afterwards. */
    private record Order(List<String> tables, List<Later> later) {
        Set<String> filledInLater(String table) {
            var columns = new LinkedHashSet<String>();
            later.stream().filter(column -> column.table().equals(table)).forEach(column -> columns.add(column.column()));
            return columns;
        }
    }

    /** A foreign key of one column: the child table refers to the parent through that column. */
    private record Reference(String child, String parent, String column, boolean nullable) {
    }

    /** The tables of the target's public schema, each after every table it refers to. */
    private static Order tablesInForeignKeyOrder(Connection target) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = target.createStatement(); var rows = statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                var table = rows.getString(1);
                if (!SKIPPED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        var references = new ArrayList<Reference>();
        try (var statement = target.createStatement(); var rows = statement.executeQuery("""
                select child.relname, parent.relname, a.attname, not a.attnotnull, cardinality(c.conkey)
                from pg_constraint c
                join pg_class child on child.oid = c.conrelid
                join pg_class parent on parent.oid = c.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and n.nspname = 'public'
                order by child.relname, a.attname""")) {
            while (rows.next()) {
                var child = rows.getString(1);
                var parent = rows.getString(2);
                if (tables.contains(child) && !child.equals(parent)) {
                    references.add(new Reference(child, parent, rows.getString(3),
                            rows.getBoolean(4) && rows.getInt(5) == 1));
                }
            }
        }
        var ordered = new ArrayList<String>();
        var placed = new LinkedHashSet<String>();
        var later = new ArrayList<Later>();
        while (ordered.size() < tables.size()) {
            var progress = false;
            for (var table : tables) {
                if (!placed.contains(table) && references.stream()
                        .filter(reference -> reference.child().equals(table))
                        .allMatch(reference -> placed.contains(reference.parent()))) {
                    ordered.add(table);
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                // a cycle: leave one nullable column of it to fill in later, and try again
                var breaker = references.stream()
                        .filter(reference -> !placed.contains(reference.child()) && !placed.contains(reference.parent())
                                && reference.nullable())
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle without a column that "
                                + "may be empty, among " + tables.stream().filter(table -> !placed.contains(table)).toList()));
                references.remove(breaker);
                later.add(new Later(breaker.child(), breaker.column()));
            }
        }
        return new Order(ordered, later);
    }

    private static List<String> columns(Connection target, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var statement = target.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = 'public' and table_name = ? order by ordinal_position")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static int copy(String table, List<String> columns, Set<String> emptyForNow, Connection source,
            Connection target) throws SQLException {
        var list = String.join(", ", columns);
        var select = "select " + list + " from " + table.toUpperCase(Locale.ROOT);
        var insert = "insert into " + table + " (" + list + ") values (" + "?, ".repeat(columns.size() - 1) + "?)";
        int count = 0;
        try (var read = source.createStatement(); var rows = read.executeQuery(select);
             var write = target.prepareStatement(insert)) {
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, emptyForNow.contains(columns.get(i - 1)) ? null : rows.getObject(i));
                }
                write.addBatch();
                if (++count % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        log.info("Moved {} row(s) of {}", count, table);
        return count;
    }

    /** The column left empty to break a cycle gets its values, now that the rows it refers to are there. */
    private static void fillIn(Later later, Connection source, Connection target) throws SQLException {
        var select = "select id, " + later.column() + " from " + later.table().toUpperCase(Locale.ROOT)
                + " where " + later.column() + " is not null";
        var update = "update " + later.table() + " set " + later.column() + " = ? where id = ?";
        int count = 0;
        try (var read = source.createStatement(); var rows = read.executeQuery(select);
             var write = target.prepareStatement(update)) {
            while (rows.next()) {
                write.setObject(1, rows.getObject(2));
                write.setObject(2, rows.getObject(1));
                write.addBatch();
                if (++count % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        log.info("Filled in {} value(s) of {}.{}", count, later.table(), later.column());
    }

    /** Each identity column goes on after the highest id moved, so the next row gets a new id. */
    private static void continueIdentities(Connection target) throws SQLException {
        var identities = new ArrayList<String[]>();
        try (var statement = target.createStatement(); var rows = statement.executeQuery(
                "select table_name, column_name from information_schema.columns "
                        + "where table_schema = 'public' and is_identity = 'YES'")) {
            while (rows.next()) {
                identities.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        try (var statement = target.createStatement()) {
            for (var identity : identities) {
                var table = identity[0];
                var column = identity[1];
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), "
                        + "coalesce((select max(" + column + ") from " + table + "), 0) + 1, false)");
            }
        }
    }
}
