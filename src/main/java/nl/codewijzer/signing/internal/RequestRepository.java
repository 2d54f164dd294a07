package nl.codewijzer.signing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.signing.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RequestRepository extends JpaRepository<SignatureRequest, Long> {

    /** The person's request in the version's own campaign (round 0). */
    @Query("select r from SignatureRequest r where r.personId = :personId and r.versionId = :versionId and r.roundYear = 0")
    Optional<SignatureRequest> of(long personId, long versionId);

    /** The person's open request of a version, of whichever round. */
    @Query("select r from SignatureRequest r where r.personId = :personId and r.versionId = :versionId and r.status = nl.codewijzer.signing.RequestStatus.OPEN order by r.roundYear desc")
    List<SignatureRequest> openOf(long personId, long versionId);

    /** The requests of a yearly round (or, with 0, of the version's own campaign). */
    @Query("select r from SignatureRequest r where r.versionId = :versionId and r.roundYear = :roundYear order by r.dueDate, r.id")
    List<SignatureRequest> ofRound(long versionId, int roundYear);

    /** Every open request of a version, of all its rounds: what ends with the version's campaign. */
    @Query("select r from SignatureRequest r where r.versionId = :versionId and r.status = nl.codewijzer.signing.RequestStatus.OPEN")
    List<SignatureRequest> openOfAllRounds(long versionId);

    /** Every request of a version, locked: no signature of it can be written until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SignatureRequest r where r.versionId = :versionId")
    List<SignatureRequest> lockAllOf(long versionId);

    @Query("select r from SignatureRequest r where r.personId = :personId and r.status = :status order by r.dueDate, r.id")
    List<SignatureRequest> ofPerson(long personId, RequestStatus status);

    @Query("select r from SignatureRequest r where r.personId = :personId order by r.requestedAt, r.id")
    List<SignatureRequest> ofPerson(long personId);

    @Query("select r from SignatureRequest r where r.versionId = :versionId and r.roundYear = 0 order by r.dueDate, r.id")
    List<SignatureRequest> ofVersion(long versionId);

    @Query("select r from SignatureRequest r where r.versionId = :versionId and r.roundYear = 0 and r.status = :status order by r.dueDate, r.id")
    List<SignatureRequest> ofVersion(long versionId, RequestStatus status);

    /** Per version and status, in one query: the numbers of the dashboard and the campaign history. */
    @Query("""
            select new nl.codewijzer.signing.internal.RequestCount(r.versionId, r.status, count(r),
                sum(case when r.dueDate < :today then 1 else 0 end))
            from SignatureRequest r where r.versionId in :versionIds and r.roundYear = 0 group by r.versionId, r.status""")
    List<RequestCount> countsOf(Collection<Long> versionIds, LocalDate today);

    @Query("select r.personId from SignatureRequest r where r.versionId = :versionId and r.roundYear = 0")
    List<Long> personsAsked(long versionId);

    /** The open requests of these versions (all rounds), in one query: what the reminder schedule looks at. */
    @Query("select r from SignatureRequest r where r.versionId in :versionIds and r.status = nl.codewijzer.signing.RequestStatus.OPEN order by r.dueDate, r.id")
    List<SignatureRequest> openOf(Collection<Long> versionIds);
}
