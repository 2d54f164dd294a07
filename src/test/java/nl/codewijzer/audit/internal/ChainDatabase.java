package nl.codewijzer.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.codewijzer.StatementCounter;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of its own for one test of the chain: the app's migrations on a fresh in-memory H2,
 * so tampering through SQL never touches the shared test database.
 */
final class ChainDatabase {

    final DataSource dataSource;
    final JdbcTemplate sql;
    final AuditChain chain;
    private final TransactionTemplate transaction;

    private ChainDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new JdbcTemplate(dataSource);
        this.chain = new AuditChain(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    static ChainDatabase fresh() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        return new ChainDatabase(dataSource);
    }

    /** A fresh one whose statements {@link StatementCounter#count} counts, as in the application's tests. */
    static ChainDatabase counted() {
        var plain = fresh();
        return new ChainDatabase((DataSource) new StatementCounter().postProcessAfterInitialization(plain.dataSource,
                "dataSource"));
    }

    /** Appends in a transaction of its own, as the application does. */
    long append(List<NewEntry> entries) {
        return transaction.execute(status -> chain.append(entries));
    }

    /** Stages entries in a committed transaction of their own, as an action does just before its commit. */
    void stage(String batch, List<NewEntry> entries) {
        transaction.executeWithoutResult(status -> chain.stage(batch, entries));
    }

    /** Chains what is pending in a transaction of its own, as the action's thread does after its commit. */
    int chainPending() {
        Integer chained = transaction.execute(status -> chain.chainPending());
        return chained == null ? 0 : chained;
    }

    /** Appends {@code count} rows, alternating between two people and the system. */
    void appendRows(int count) {
        for (int i = 1; i <= count; i++) {
            append(List.of(entry(i)));
        }
    }

    static NewEntry entry(int i) {
        Long actor = i % 3 == 0 ? null : (long) (i % 3);
        var name = actor == null ? "systeem" : actor == 1 ? "Łukasz Nowak" : "Zoë de Vries";
        return new NewEntry(Instant.parse("2026-05-01T08:00:00.123456789Z").plusSeconds(i), actor, name,
                "version.saved", "code_version", Long.toString(i), actor, "number=" + i + "; sha256=" + "ab".repeat(32));
    }

    void close() {
        sql.execute("shutdown");
    }
}
