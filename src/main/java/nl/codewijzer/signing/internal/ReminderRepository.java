package nl.codewijzer.signing.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReminderRepository extends JpaRepository<Reminder, Long> {

    boolean existsByPersonIdAndSentOn(long personId, LocalDate sentOn);

    /** Everyone who had a reminder on this day (of any version: one a day is the limit). */
    @Query("select r.personId from Reminder r where r.sentOn = :day")
    List<Long> personsRemindedOn(LocalDate day);

    @Query("select r from Reminder r where r.versionId = :versionId order by r.sentAt desc")
    List<Reminder> ofVersion(long versionId);

    /** Per person and version of these versions, the day of the last reminder: rows of (personId, versionId, sentOn). */
    @Query("select r.personId, r.versionId, max(r.sentOn) from Reminder r where r.versionId in :versionIds group by r.personId, r.versionId")
    List<Object[]> lastSentOn(java.util.Collection<Long> versionIds);
}
