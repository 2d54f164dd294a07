package nl.codewijzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20: the connection pool retires every connection after its max lifetime (30 minutes by
 * default), including the one Flyway created the schema on. On H2 2.4.240 an {@code in (...)} check
 * constraint kept the session that created it, so once that connection was closed every insert or
 * update of a constrained row failed with "Check constraint invalid ... database has been closed"
 * (decision 0014).
 *
 * <p>Here every connection of the pool is retired at once, as the pool does after its lifetime, and
 * then every row of every table with a check constraint is written again (an update of one column
 * re-checks all the row's constraints), so a constraint added by any later migration is covered too.
 */
@CodewijzerTest
class RetiredConnectionsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void every_check_constraint_still_works_after_the_pool_retired_the_connection_that_created_it() throws Exception {
        retireEveryConnection();

        var failures = new ArrayList<String>();
        var rowsRechecked = new TreeMap<String, Integer>();
        var rollback = new TransactionTemplate(transactions);
        rollback.executeWithoutResult(status -> {
            for (var table : tablesWithCheckConstraints()) {
                var column = aColumnOutsideThePrimaryKey(table);
                try {
                    rowsRechecked.put(table, jdbc.update("update " + table + " set " + column + " = " + column));
                } catch (DataAccessException refused) {
                    failures.add(table + ": " + refused.getMostSpecificCause().getMessage());
                }
            }
            status.setRollbackOnly();
        });

        assertThat(failures).isEmpty();
        // the demo school has rows in the tables whose "in (...)" checks broke in the field
        assertThat(rowsRechecked).containsKeys("PERSON", "PERSON_ROLE", "CODE_VERSION", "MAIL_OUTBOX",
                "CONSENT_ROUND", "TEAM_MEETING", "MEETING_ITEM", "SIGNATURE_REQUEST");
        assertThat(Map.of(
                "PERSON_ROLE", rowsRechecked.get("PERSON_ROLE"),
                "CODE_VERSION", rowsRechecked.get("CODE_VERSION"),
                "SIGNATURE_REQUEST", rowsRechecked.get("SIGNATURE_REQUEST"),
                "MEETING_ITEM", rowsRechecked.get("MEETING_ITEM")))
                .allSatisfy((table, rows) -> assertThat(rows).as("rows re-checked in " + table).isPositive());
    }

    /** Closes every connection the pool holds now (as its max lifetime would) and waits until they are gone. */
    private void retireEveryConnection() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        var before = pool.getTotalConnections();
        assertThat(before).as("connections in the pool before retiring them").isPositive();
        pool.softEvictConnections();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pool.getActiveConnections()).as("connections still in use").isZero();
    }

    private List<String> tablesWithCheckConstraints() {
        return jdbc.queryForList("""
                select distinct table_name from information_schema.table_constraints
                where constraint_type = 'CHECK' and table_schema = 'PUBLIC' order by table_name""", String.class);
    }

    /** A column outside the primary key where there is one (so no key is touched), else the key's last column. */
    private String aColumnOutsideThePrimaryKey(String table) {
        return jdbc.queryForObject("""
                select c.column_name from information_schema.columns c
                where c.table_schema = 'PUBLIC' and c.table_name = ?
                order by case when c.column_name in (
                      select k.column_name from information_schema.key_column_usage k
                      join information_schema.table_constraints t
                        on t.constraint_name = k.constraint_name and t.table_schema = k.table_schema
                      where t.table_schema = 'PUBLIC' and t.table_name = ? and t.constraint_type = 'PRIMARY KEY')
                    then 1 else 0 end,
                  c.ordinal_position desc
                fetch first 1 row only""", String.class, table, table);
    }
}
