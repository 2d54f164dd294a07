package nl.codewijzer.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records audit entries in the transaction of the action they record, so the action and its rows
 * commit or roll back together, and chains them right after that commit (decision 0039). The
 * entries of one transaction are collected and, just before it commits, written to
 * {@code audit_pending}, which takes no lock: commits of many concurrent actions (50 people signing
 * at once) overlap. After the commit the same thread takes the chain's head and chains every pending
 * row, its own and those of everyone who committed meanwhile, in one batch; a thread whose rows
 * another batch already took does nothing. So a service call returns with its rows chained, and
 * the head is locked once per batch instead of through every commit. Rows a crash left pending are
 * chained by {@link AuditPendingJob}.
 * Entries from outside a transaction are recorded in one of their own; entries from a read-only
 * transaction (an export) in a new one after it committed.
 *
 * <p>Within this application chainers also queue on a fair in-process lock before they ask the
 * database for the head row: waiters then queue in Java without a lock timeout (H2 gives up on a
 * row lock after a second), while the database lock still guards against other instances.
 */
@Component
class AuditAppender {

    private static final Logger log = LoggerFactory.getLogger(AuditAppender.class);

    private final AuditChain chain;
    private final EntityManagerFactory entityManagerFactory;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock chaining = new ReentrantLock(true);

    AuditAppender(AuditChain chain, EntityManagerFactory entityManagerFactory, DataSource dataSource,
            PlatformTransactionManager transactionManager) {
        this.chain = chain;
        this.entityManagerFactory = entityManagerFactory;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(NewEntry entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            recordAlone(List.of(entry));
            return;
        }
        var pending = pending();
        if (pending == null) {
            // published after this transaction's entries were staged (from another after-commit step)
            recordAlone(List.of(entry));
        } else {
            pending.entries.add(entry);
        }
    }

    /**
     * Chains whatever a crash or a lost connection left pending, in a transaction of its own (at start and every
     * minute).
     *
     * @return how many rows were chained
     */
    int chainLeftovers() {
        var locked = new boolean[1];
        try {
            var chained = ownTransaction.execute(status -> {
                // this first read also takes the connection before the in-process lock, never while holding it:
                // otherwise a waiter holding the pool's last connection and a lock holder waiting for one would
                // block each other
                if (chain.pendingCount() == 0) {
                    return 0;
                }
                chaining.lock();
                locked[0] = true;
                return chain.chainPending();
            });
            return chained == null ? 0 : chained;
        } finally {
            if (locked[0]) {
                chaining.unlock();
            }
        }
    }

    /**
     * Chains the rows of {@code batch}, if another batch has not taken them, right after the transaction that staged
     * them committed, in a second transaction on that transaction's connection, which stays with this thread until
     * the transaction is cleaned up. A transaction of its own would need a second connection from the pool while
     * this one is still held: with as many concurrent actions as the pool has connections, each would wait for
     * one the others hold.
     */
    private int chainAfterCommit(String batch) throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = connection.getAutoCommit();
        boolean locked = false;
        try {
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            int chained = 0;
            if (chaining.tryLock()) {
                // nobody is chaining in this application: ours are certainly still pending unless another server
                // took them, so chain without asking first (one statement less for an action on its own)
                locked = true;
                chained = chain.chainPending();
            } else if (chain.pending(batch)) {
                chaining.lock();
                locked = true;
                // the batch before ours may have taken our rows while we waited
                chained = chain.pending(batch) ? chain.chainPending() : 0;
            }
            connection.commit();
            return chained;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            // held through the commit, so the next chainer never waits on the database's row lock
            if (locked) {
                chaining.unlock();
            }
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private @Nullable PendingEntries pending() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEntries pending && pending.owner() == this) {
                return pending.staged ? null : pending;
            }
        }
        var pending = new PendingEntries(TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Records in a new transaction, through the same steps: staged before its commit, chained after it. */
    private void recordAlone(List<NewEntry> entries) {
        ownTransaction.executeWithoutResult(status -> {
            var pending = pending();
            if (pending == null) {
                throw new IllegalStateException("A new transaction has no entries of its own yet");
            }
            pending.entries.addAll(entries);
        });
    }

    /** The entries of one transaction: staged when it commits, chained after. */
    private final class PendingEntries implements TransactionSynchronization {

        private final boolean readOnly;
        private final List<NewEntry> entries = new ArrayList<>();
        private final String batch = UUID.randomUUID().toString();
        private boolean staged;
        private boolean written;

        PendingEntries(boolean readOnly) {
            this.readOnly = readOnly;
        }

        AuditAppender owner() {
            return AuditAppender.this;
        }

        @Override
        public int getOrder() {
            // after every other before-commit step, which may still publish events
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnlyTransaction) {
            if (readOnly || entries.isEmpty()) {
                return;
            }
            // the action's own writes go first, so a failing one fails before the entries are written
            var entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
            if (entityManager != null) {
                entityManager.flush();
            }
            chain.stage(batch, entries);
            staged = true;
            written = true;
        }

        @Override
        public void afterCommit() {
            staged = true;
            if (written) {
                try {
                    chainAfterCommit(batch);
                } catch (SQLException | RuntimeException e) {
                    // the action and its entries are committed; the entries wait in audit_pending for the next chainer
                    log.warn("Audit entries of a committed action are not chained yet; the next chainer takes them", e);
                }
            }
            if (readOnly && !entries.isEmpty()) {
                recordAlone(List.copyOf(entries));
            }
        }

        @Override
        public void afterCompletion(int status) {
            staged = true;
        }
    }
}
