package nl.codewijzer.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit entries in the transaction of the action they record, so the action and its rows
 * commit or roll back together. The entries of one transaction are collected and appended just
 * before it commits: the head row is then locked only for the append and the commit itself, not
 * for the whole action, which keeps many concurrent actions (50 people signing at once) fast.
 * Entries from outside a transaction are appended in one of their own; entries from a read-only
 * transaction (an export) in a new one after it committed.
 *
 * <p>Within this application appends also queue on a fair in-process lock before they ask the
 * database for the head row: waiters then queue in Java without a lock timeout (H2 gives up on a
 * row lock after a second), while the database lock still guards against other instances.
 */
@Component
class AuditAppender {

    private final AuditChain chain;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock appending = new ReentrantLock(true);

    AuditAppender(AuditChain chain, EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager) {
        this.chain = chain;
        this.entityManagerFactory = entityManagerFactory;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(NewEntry entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            appendAlone(List.of(entry));
            return;
        }
        var pending = pending();
        if (pending == null) {
            // published after this transaction's append already ran (from another after-commit step)
            appendAlone(List.of(entry));
        } else {
            pending.entries.add(entry);
        }
    }

    private @org.jspecify.annotations.Nullable PendingAppend pending() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingAppend pending && pending.owner() == this) {
                return pending.done ? null : pending;
            }
        }
        var pending = new PendingAppend(TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /**
     * Appends in a new transaction, through the same before-commit step. The connection is taken
     * before the in-process lock, never while holding it: otherwise a waiter holding the pool's
     * last connection and a lock holder waiting for one would block each other.
     */
    private void appendAlone(List<NewEntry> entries) {
        ownTransaction.executeWithoutResult(status -> {
            var pending = pending();
            if (pending == null) {
                throw new IllegalStateException("A new transaction has no append of its own yet");
            }
            pending.entries.addAll(entries);
        });
    }

    /** The entries of one transaction, appended when it commits. */
    private final class PendingAppend implements TransactionSynchronization {

        private final boolean readOnly;
        private final List<NewEntry> entries = new ArrayList<>();
        private boolean done;
        private boolean locked;

        PendingAppend(boolean readOnly) {
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
            // the action's own writes go to the database before the head is locked, not while it is
            var entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
            if (entityManager != null) {
                entityManager.flush();
            }
            appending.lock();
            locked = true;
            chain.append(entries);
            done = true;
        }

        @Override
        public void afterCommit() {
            done = true;
            if (readOnly && !entries.isEmpty()) {
                appendAlone(List.copyOf(entries));
            }
        }

        @Override
        public void afterCompletion(int status) {
            done = true;
            if (locked) {
                locked = false;
                appending.unlock();
            }
        }
    }
}
