package nl.codewijzer.revision.internal;

import java.util.List;
import nl.codewijzer.revision.FeedbackStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    @Query("select f from Feedback f where f.codeId = :codeId order by f.givenOn desc, f.id desc")
    List<Feedback> ofCode(long codeId);

    @Query("select f from Feedback f where f.codeId = :codeId and f.status = :status order by f.id")
    List<Feedback> ofCode(long codeId, FeedbackStatus status);
}
