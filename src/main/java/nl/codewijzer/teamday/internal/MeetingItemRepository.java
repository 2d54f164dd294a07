package nl.codewijzer.teamday.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingItemRepository extends JpaRepository<MeetingItem, Long> {

    @Query("select i from MeetingItem i where i.meetingId = :meetingId order by i.position, i.id")
    List<MeetingItem> agenda(long meetingId);
}
