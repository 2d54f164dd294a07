package nl.codewijzer.teamday.internal;

import java.util.List;
import nl.codewijzer.teamday.PollStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingPollRepository extends JpaRepository<MeetingPoll, Long> {

    /** The poll's status as committed now, not as this transaction first read it. */
    @Query("select p.status from MeetingPoll p where p.id = :id")
    PollStatus statusNow(long id);

    @Query("select p from MeetingPoll p where p.itemId = :itemId order by p.id desc")
    List<MeetingPoll> forItemNewestFirst(long itemId);

    /** Every poll of the meeting, oldest first. */
    @Query("select p from MeetingPoll p where p.meetingId = :meetingId order by p.id")
    List<MeetingPoll> forMeeting(long meetingId);

    @Query("select p from MeetingPoll p where p.meetingId = :meetingId and p.status = :status order by p.id")
    List<MeetingPoll> withStatus(long meetingId, PollStatus status);
}
