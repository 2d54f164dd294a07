package nl.codewijzer.audit.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves staged audit rows into the chain, off the acting person's thread (decision 0039). An action only stages its
 * rows in {@code audit_pending} in its own transaction; after its commit it {@linkplain #wake() wakes} this server's
 * one chainer thread, which chains every pending row (its own server's and any other's) in one batch behind the
 * locked head. Wakes that arrive while a batch runs are folded into one more batch, so fifty signs at once cost a few
 * batches, not fifty chainings. The database's head row lock serialises the chainers of several servers.
 *
 * <p>Whoever reads the trail first {@linkplain #chainNow() chains what is pending}, before its own read-only
 * transaction opens (a second connection inside it could exhaust the pool), so readers still see every committed
 * action. Rows a crash left pending are chained at the next start ({@link AuditPendingJob}).
 */
@Component
public class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;
    /** In this application chainers queue here, without a lock timeout, before they ask for the head row. */
    private final ReentrantLock chaining = new ReentrantLock(true);
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("audit-chainer").factory());

    AuditChainer(AuditChain chain, PlatformTransactionManager transactionManager) {
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Asks the chainer thread to chain what is pending, shortly; returns at once. A wake while a batch is queued
     * adds nothing; one while a batch runs queues the next.
     */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                thread.execute(this::chainWoken);
            } catch (RejectedExecutionException stopping) {
                // the application is stopping: close() chains what is left, or the next start does
                woken.set(false);
            }
        }
    }

    private void chainWoken() {
        woken.set(false);
        try {
            chainNow();
        } catch (RuntimeException e) {
            // the rows stay in audit_pending, committed: the next wake, reader or the minute's job chains them
            log.warn("Audit entries could not be chained yet; they wait in audit_pending for the next chainer", e);
        }
    }

    /**
     * Chains every row pending now, in a transaction of its own, and returns how many. Called before the trail is
     * read, so a reader sees every action committed before it; must not run inside a transaction that holds a
     * connection while others may wait for one (it takes a second one).
     */
    public int chainNow() {
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
            // held through the commit, so the next chainer here never waits on the database's row lock
            if (locked[0]) {
                chaining.unlock();
            }
        }
    }

    /** Stops the thread and chains what it had not, so a graceful stop leaves nothing pending. */
    @PreDestroy
    void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
            chainNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Audit entries left pending at shutdown are chained at the next start", e);
        }
    }
}
