package nl.codewijzer.signing.internal;

import java.util.List;
import java.util.Optional;
import nl.codewijzer.signing.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestRepository extends JpaRepository<SignatureRequest, Long> {

    @Query("select r from SignatureRequest r where r.personId = :personId and r.versionId = :versionId")
    Optional<SignatureRequest> of(long personId, long versionId);

    @Query("select r from SignatureRequest r where r.personId = :personId and r.status = :status order by r.dueDate, r.id")
    List<SignatureRequest> ofPerson(long personId, RequestStatus status);

    @Query("select r from SignatureRequest r where r.personId = :personId order by r.requestedAt, r.id")
    List<SignatureRequest> ofPerson(long personId);

    @Query("select r from SignatureRequest r where r.versionId = :versionId order by r.dueDate, r.id")
    List<SignatureRequest> ofVersion(long versionId);

    @Query("select r from SignatureRequest r where r.versionId = :versionId and r.status = :status order by r.dueDate, r.id")
    List<SignatureRequest> ofVersion(long versionId, RequestStatus status);

    @Query("select r.personId from SignatureRequest r where r.versionId = :versionId")
    List<Long> personsAsked(long versionId);
}
