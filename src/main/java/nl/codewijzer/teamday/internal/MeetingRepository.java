package nl.codewijzer.teamday.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m order by m.meetingDate desc, m.id desc")
    List<Meeting> newestFirst();

    @Query("select m from Meeting m where m.joinCode = :joinCode")
    Optional<Meeting> byJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    /** The meetings whose decisions became one of these versions ("Maak concept"), in the order they closed. */
    @Query("select m from Meeting m where m.draftVersionId in :versionIds order by m.closedAt, m.id")
    List<Meeting> behindDrafts(java.util.Collection<Long> versionIds);

    /** The meeting, locked until the transaction ends: flow changes of one meeting happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> locked(long id);
}
