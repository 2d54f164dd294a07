package nl.codewijzer.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records audit entries in the transaction of the action they record, so the action and its rows
 * commit or roll back together (decision 0039). The entries of one transaction are collected and,
 * just before it commits, written to {@code audit_pending}, which takes no lock: commits of many
 * concurrent actions (50 people signing at once) overlap. After the commit the acting thread only
 * wakes {@link AuditChainer}, whose own thread chains every pending row in batches; readers of the
 * trail chain first, so they still see every committed action. Rows a crash left pending are
 * chained by {@link AuditPendingJob}.
 * Entries from outside a transaction are recorded in one of their own; entries from a read-only
 * transaction (an export) in a new one after it committed.
 */
@Component
class AuditAppender {

    private final AuditChain chain;
    private final AuditChainer chainer;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate ownTransaction;

    AuditAppender(AuditChain chain, AuditChainer chainer, EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager) {
        this.chain = chain;
        this.chainer = chainer;
        this.entityManagerFactory = entityManagerFactory;
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
                // chained by this server's chainer thread, not on the acting person's
                chainer.wake();
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
