package nl.codewijzer.notification.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import nl.codewijzer.notification.MailStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored mails, never on the thread of the person whose action queued them: after the
 * transaction that queued a mail commits (so a rolled-back action sends nothing), the mail is
 * handed to this component's own sender threads; {@link #retryWaiting()} tries again until it goes
 * through or {@link OutgoingMail#MAX_ATTEMPTS} is reached. Spring Boot creates a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set; without it mails are kept in
 * the outbox with status BEWAARD.
 *
 * <p>Every attempt first claims the mail with a conditional update ({@link OutboxRepository#claim})
 * in a short transaction of its own, sends outside any transaction, and records the outcome only
 * if it still holds the claim. So two senders, on one server or on two, never send a mail twice,
 * and no database connection waits on the mail server. A sender that dies mid-send holds its claim
 * until the lease ({@code codewijzer.mail.claim-lease}) runs out; then the mail is tried again.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** Mails read per query while working through the waiting ones. */
    private static final int BATCH = 100;

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final String from;
    private final Duration lease;
    private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();

    MailDelivery(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${codewijzer.mail.from:codewijzer@school.local}") String from,
            @Value("${codewijzer.mail.claim-lease:PT5M}") Duration lease) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.lease = lease;
        // Two threads: one slow mail server connection does not hold up every other mail. A full
        // queue (thousands of mails at once) drops the hand-off, not the mail: the retry job sends it.
        senders.setCorePoolSize(2);
        senders.setMaxPoolSize(2);
        senders.setQueueCapacity(20_000);
        senders.setThreadNamePrefix("mail-");
        senders.setDaemon(true);
        senders.initialize();
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }

    /** Whether a mail server is configured. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** The status a new mail starts with. */
    public MailStatus initialStatus() {
        return configured() ? MailStatus.WACHTEND : MailStatus.BEWAARD;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailQueued queued) {
        handOff(sender -> attempt(queued.mailId(), sender));
    }

    /** Mails stored in one go (a whole staff asked to sign): a sender takes every mail not tried yet. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailsQueued queued) {
        handOff(sender -> sendWaiting(sender, 0));
    }

    /** Gives work to a sender thread; with the queue full it is left to the retry job, never done here. */
    private void handOff(Consumer<JavaMailSender> work) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            senders.execute(() -> work.accept(sender));
        } catch (TaskRejectedException full) {
            log.debug("Mail left for the retry job: the sender queue is full");
        }
    }

    /**
     * Tries every waiting mail once more. Runs on a schedule, on one server at a time (the claim
     * alone would already prevent doubles; the lock spares the other servers the work).
     */
    @Scheduled(fixedDelayString = "${codewijzer.mail.retry-delay:PT1M}",
            initialDelayString = "${codewijzer.mail.retry-delay:PT1M}")
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT10M")
    public void retryWaiting() {
        sendWaiting();
    }

    /**
     * Tries each waiting mail that no other sender holds once, oldest first, on the calling thread.
     * Safe to run on several threads or servers at once: each mail is claimed before it is sent.
     */
    public void sendWaiting() {
        var sender = mailSender.getIfAvailable();
        if (sender != null) {
            sendWaiting(sender, Integer.MAX_VALUE);
        }
    }

    /** Tries each waiting, unclaimed mail with at most {@code maxAttempts} attempts behind it once. */
    private void sendWaiting(JavaMailSender sender, int maxAttempts) {
        long after = 0;
        while (true) {
            var ids = outbox.waitingUnclaimed(after, maxAttempts, clock.instant(), Limit.of(BATCH));
            if (ids.isEmpty()) {
                return;
            }
            for (var id : ids) {
                attempt(id, sender);
                after = id;
            }
        }
    }

    /** One attempt at one mail: claim, send, record. Does nothing if another sender holds it or it went. */
    private void attempt(long mailId, JavaMailSender sender) {
        try {
            var token = UUID.randomUUID().toString();
            var mail = claim(mailId, token);
            if (mail == null) {
                return;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            MailStatus outcome;
            Instant sentAt = null;
            String error = null;
            try {
                sender.send(message);
                outcome = MailStatus.VERZONDEN;
                sentAt = clock.instant();
            } catch (MailException failure) {
                log.info("Mail {} to {} failed: {}", mailId, mail.recipient(), failure.getMessage());
                outcome = OutgoingMail.afterFailedAttempt(mail.attempts() + 1);
                error = OutgoingMail.shortError(String.valueOf(failure.getMessage()));
            }
            record(mailId, token, outcome, sentAt, error);
        } catch (RuntimeException unexpected) {
            // a claim that is never recorded runs out with its lease; the retry job tries again then
            log.warn("Mail {} not sent now; the retry job will try again", mailId, unexpected);
        }
    }

    private @Nullable OutgoingMail claim(long mailId, String token) {
        return newTransaction.execute(status -> {
            var now = clock.instant();
            return outbox.claim(mailId, token, now, now.plus(lease)) == 1 ? outbox.findById(mailId).orElse(null) : null;
        });
    }

    private void record(long mailId, String token, MailStatus outcome, @Nullable Instant sentAt, @Nullable String error) {
        var recorded = newTransaction.execute(status -> outbox.attempted(mailId, token, outcome, sentAt, error));
        if (!Integer.valueOf(1).equals(recorded)) {
            log.warn("Mail {}: the claim ran out before the attempt ended ({}); it may be tried again", mailId, outcome);
        }
    }
}
