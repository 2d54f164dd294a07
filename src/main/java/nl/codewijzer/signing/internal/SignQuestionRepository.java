package nl.codewijzer.signing.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SignQuestionRepository extends JpaRepository<SignQuestion, Long> {

    @Query("select q from SignQuestion q where q.personId = :personId and q.versionId = :versionId order by q.askedAt, q.id")
    List<SignQuestion> of(long personId, long versionId);

    @Query("select q from SignQuestion q where q.personId = :personId order by q.askedAt, q.id")
    List<SignQuestion> ofPerson(long personId);

    /** Unanswered first (oldest first), then the answered ones, newest first. */
    @Query("select q from SignQuestion q order by case when q.answer is null then 0 else 1 end, "
            + "case when q.answer is null then q.askedAt end, q.answeredAt desc, q.id")
    List<SignQuestion> all();

    /** Who has a question waiting for its answer about this version: one statement per campaign. */
    @Query("select distinct q.personId from SignQuestion q where q.versionId = :versionId and q.answer is null")
    List<Long> waitingOf(long versionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from SignQuestion q where q.id = :id")
    Optional<SignQuestion> locked(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SignQuestion q where q.personId = :personId")
    int deleteOfPerson(long personId);
}
