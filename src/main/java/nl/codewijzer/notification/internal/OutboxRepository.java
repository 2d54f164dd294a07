package nl.codewijzer.notification.internal;

import java.time.Instant;
import java.util.List;
import nl.codewijzer.notification.MailStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutgoingMail, Long> {

    @Query("select m from OutgoingMail m order by m.createdAt desc, m.id desc")
    List<OutgoingMail> newestFirst();

    /** Waiting mails after {@code afterId}, tried at most {@code maxAttempts} times, that no sender holds now, oldest first. */
    @Query("""
            select m.id from OutgoingMail m
            where m.status = nl.codewijzer.notification.MailStatus.WACHTEND and m.id > :afterId
              and m.attempts <= :maxAttempts and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.id""")
    List<Long> waitingUnclaimed(long afterId, int maxAttempts, Instant now, Limit limit);

    /**
     * Claims a waiting mail for one sender: a conditional update that only one of several senders
     * (threads or servers) can win, on H2 and PostgreSQL alike, because the database re-checks the
     * condition on the row it locks for the update. 1 if this sender now holds the mail, else 0.
     */
    @Modifying
    @Query("""
            update OutgoingMail m set m.claimToken = :token, m.claimedUntil = :until
            where m.id = :id and m.status = nl.codewijzer.notification.MailStatus.WACHTEND
              and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(long id, String token, Instant now, Instant until);

    /** Records the outcome of an attempt and lets go of the claim; only the holder of the claim can. */
    @Modifying
    @Query("""
            update OutgoingMail m set m.status = :status, m.attempts = m.attempts + 1, m.sentAt = :sentAt,
              m.lastError = :error, m.claimToken = null, m.claimedUntil = null
            where m.id = :id and m.claimToken = :token""")
    int attempted(long id, String token, MailStatus status, @Nullable Instant sentAt, @Nullable String error);

    @Query("select count(m) from OutgoingMail m where m.status = nl.codewijzer.notification.MailStatus.WACHTEND")
    long countWaiting();

    @Query("select min(m.createdAt) from OutgoingMail m where m.status = nl.codewijzer.notification.MailStatus.WACHTEND")
    @Nullable Instant oldestWaiting();
}
