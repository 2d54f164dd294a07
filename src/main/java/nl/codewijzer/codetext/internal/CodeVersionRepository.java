package nl.codewijzer.codetext.internal;

import java.util.List;
import java.util.Optional;
import nl.codewijzer.codetext.VersionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CodeVersionRepository extends JpaRepository<CodeVersion, Long> {

    /** The history without the texts: lists need numbers, statuses and authors, not up to 200 KB per version. */
    @Query("""
            select new nl.codewijzer.codetext.VersionSummary(v.id, v.code.id, v.number, v.status, v.authorName,
                v.createdAt, v.message, v.source, v.parentNumber, v.sha256, v.statusChangedAt)
            from CodeVersion v where v.code.id = :codeId order by v.number desc""")
    List<nl.codewijzer.codetext.VersionSummary> summaries(long codeId);

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
