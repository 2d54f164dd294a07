package nl.codewijzer.notification.internal;

import java.time.Clock;
import nl.codewijzer.notification.MailStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored mails. A mail is tried once right after the transaction that queued it commits (so a
 * rolled-back action sends nothing, and a failing server cannot undo the action), then again by
 * {@link #retryWaiting()} until it goes through or {@link OutgoingMail#MAX_ATTEMPTS} is reached.
 * Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set; without
 * it mails are kept in the outbox with status BEWAARD.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final String from;

    MailDelivery(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${codewijzer.mail.from:codewijzer@school.local}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
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
        try {
            send(queued.mailId());
        } catch (RuntimeException unexpected) {
            // never let mail trouble reach the person whose action caused it
            log.warn("Mail {} not sent now; the retry job will try again", queued.mailId(), unexpected);
        }
    }

    /** Tries every waiting mail once more. Runs on a schedule; tests call it directly. */
    @Scheduled(fixedDelayString = "${codewijzer.mail.retry-delay:PT1M}",
            initialDelayString = "${codewijzer.mail.retry-delay:PT1M}")
    public void retryWaiting() {
        if (!configured()) {
            return;
        }
        for (var id : outbox.idsWithStatus(MailStatus.WACHTEND)) {
            send(id);
        }
    }

    private void send(long mailId) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        newTransaction.executeWithoutResult(status -> {
            var mail = outbox.findById(mailId).orElse(null);
            if (mail == null || mail.status() != MailStatus.WACHTEND) {
                return;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            try {
                sender.send(message);
                mail.sent(clock.instant());
            } catch (MailException failure) {
                log.info("Mail {} to {} failed: {}", mailId, mail.recipient(), failure.getMessage());
                mail.failed(String.valueOf(failure.getMessage()));
            }
        });
    }
}
