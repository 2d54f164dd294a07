package nl.codewijzer.teamday.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingProposalRepository extends JpaRepository<MeetingProposal, Long> {

    @Query("select p from MeetingProposal p where p.meetingId = :meetingId order by p.createdAt desc, p.id desc")
    List<MeetingProposal> newestFirst(long meetingId);
}
