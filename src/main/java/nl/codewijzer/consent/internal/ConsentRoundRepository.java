package nl.codewijzer.consent.internal;

import java.util.List;
import nl.codewijzer.consent.RoundStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRoundRepository extends JpaRepository<ConsentRound, Long> {

    @Query("select r from ConsentRound r order by r.submittedAt desc, r.id desc")
    List<ConsentRound> newestFirst();

    @Query("select r from ConsentRound r where r.status = :status order by r.id")
    List<ConsentRound> withStatus(RoundStatus status);

    @Query("select r from ConsentRound r where r.versionId = :versionId order by r.id desc")
    List<ConsentRound> forVersion(long versionId);
}
