package nl.codewijzer.notification.internal;

import java.util.List;
import nl.codewijzer.notification.MailStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutgoingMail, Long> {

    @Query("select m from OutgoingMail m order by m.createdAt desc, m.id desc")
    List<OutgoingMail> newestFirst();

    @Query("select m.id from OutgoingMail m where m.status = :status order by m.id")
    List<Long> idsWithStatus(MailStatus status);
}
