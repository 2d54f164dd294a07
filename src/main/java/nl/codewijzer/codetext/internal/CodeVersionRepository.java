package nl.codewijzer.codetext.internal;

import java.util.List;
import java.util.Optional;
import nl.codewijzer.codetext.VersionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CodeVersionRepository extends JpaRepository<CodeVersion, Long> {

    @Query("select v from CodeVersion v join fetch v.code where v.code.id = :codeId order by v.number desc")
    List<CodeVersion> history(long codeId);

    @Query("select max(v.number) from CodeVersion v where v.code.id = :codeId")
    Optional<Integer> latestNumber(long codeId);

    @Query("select v from CodeVersion v join fetch v.code where v.code.id = :codeId and v.number = :number")
    Optional<CodeVersion> byNumber(long codeId, int number);

    @Query("select v from CodeVersion v join fetch v.code where v.code.id = :codeId and v.status = :status order by v.number desc")
    List<CodeVersion> withStatus(long codeId, VersionStatus status);

    @Query("select v from CodeVersion v join fetch v.code where v.id = :id")
    Optional<CodeVersion> withCode(long id);

    @Query("select v from CodeVersion v join fetch v.code order by v.code.id, v.number")
    List<CodeVersion> everything();
}
