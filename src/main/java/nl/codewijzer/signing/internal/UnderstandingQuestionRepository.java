package nl.codewijzer.signing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnderstandingQuestionRepository extends JpaRepository<UnderstandingQuestion, Long> {

    @Query("select q from UnderstandingQuestion q where q.versionId = :versionId order by q.number")
    List<UnderstandingQuestion> ofVersion(long versionId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UnderstandingQuestion q where q.versionId = :versionId")
    int deleteOfVersion(long versionId);
}
