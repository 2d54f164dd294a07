package nl.codewijzer.teamday.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingAttendeeRepository extends JpaRepository<MeetingAttendee, Long> {

    @Query("select a from MeetingAttendee a where a.meetingId = :meetingId order by a.personName")
    List<MeetingAttendee> byName(long meetingId);

    @Query("select a from MeetingAttendee a where a.meetingId = :meetingId and a.personId = :personId")
    Optional<MeetingAttendee> find(long meetingId, long personId);

    @Query("select count(a) from MeetingAttendee a where a.meetingId = :meetingId")
    int attending(long meetingId);

    /** Rows of (meeting id, number attending) for every meeting with anyone attending. */
    @Query("select a.meetingId, count(a) from MeetingAttendee a group by a.meetingId")
    List<Object[]> attendingPerMeeting();
}
