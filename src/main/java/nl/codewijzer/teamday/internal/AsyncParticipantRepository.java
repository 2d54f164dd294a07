package nl.codewijzer.teamday.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AsyncParticipantRepository extends JpaRepository<AsyncParticipant, Long> {

    @Query("select count(p) > 0 from AsyncParticipant p where p.meetingId = :meetingId and p.personId = :personId")
    boolean tookPart(long meetingId, long personId);

    @Query("select count(p) from AsyncParticipant p where p.meetingId = :meetingId")
    int count(long meetingId);
}
