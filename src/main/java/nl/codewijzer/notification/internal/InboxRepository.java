package nl.codewijzer.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InboxRepository extends JpaRepository<InboxItem, Long> {

    @Query("select i from InboxItem i where i.personId = :personId order by i.createdAt desc, i.id desc")
    List<InboxItem> forPerson(long personId);

    @Query("select count(i) from InboxItem i where i.personId = :personId and i.readAt is null")
    long unread(long personId);
}
