package nl.codewijzer.consent.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.consent.RoundStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRoundRepository extends JpaRepository<ConsentRound, Long> {

    @Query("select r from ConsentRound r order by r.submittedAt desc, r.id desc")
    List<ConsentRound> newestFirst();

    @Query("select r from ConsentRound r where r.status = :status order by r.id")
    List<ConsentRound> withStatus(RoundStatus status);

    @Query("select r.id from ConsentRound r where r.status = :status order by r.id")
    List<Long> idsWithStatus(RoundStatus status);

    /**
     * The round, its row locked until the transaction ends (SELECT ... FOR UPDATE on H2 and
     * PostgreSQL): a vote and the voorzitter's close of one round wait for each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ConsentRound r where r.id = :id")
    Optional<ConsentRound> locked(long id);

    @Query("select r from ConsentRound r where r.versionId = :versionId order by r.id desc")
    List<ConsentRound> forVersion(long versionId);
}
