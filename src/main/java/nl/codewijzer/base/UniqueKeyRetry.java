package nl.codewijzer.base;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to answer two requests that insert the same row at the same moment (decision 0015):
 * a double click, two tabs, a facilitator and an editor saving the next version of one code. The
 * attempt runs in a transaction of its own; when the database refuses it on a unique key (or a
 * version column raced), that transaction is rolled back whole and the attempt runs once more in a
 * new one, which finds what the winner wrote and answers with it (the existing vote, signature or
 * attendee; a version conflict; "already done").
 *
 * <p>Called while a transaction is already running, it runs the attempt in that transaction and does
 * not retry: a failed insert has spoiled the caller's transaction (PostgreSQL aborts it), so only
 * the outermost caller can try again, and the exception goes up to it. The outermost service
 * method that may lose such a race therefore runs its whole work through this helper.
 */
@Component
public class UniqueKeyRetry {

    private final TransactionTemplate ownTransaction;
    private final AtomicLong retries = new AtomicLong();

    UniqueKeyRetry(PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the attempt in its own transaction, and once more in a new one if it lost a race on a unique key. */
    public <T extends @Nullable Object> T run(Supplier<T> attempt) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return attempt.get();
        }
        try {
            return ownTransaction.execute(status -> attempt.get());
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException lostRace) {
            retries.incrementAndGet();
            return ownTransaction.execute(status -> attempt.get());
        }
    }

    /** How many attempts lost a race and ran again since the application started. */
    public long retries() {
        return retries.get();
    }
}
