package nl.codewijzer.school.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SchoolSettingsRepository extends JpaRepository<SchoolSettingsRow, Integer> {

    /** The settings row, locked until the transaction ends: two beheerders adding holidays at once take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SchoolSettingsRow r where r.id = :id")
    Optional<SchoolSettingsRow> lockRow(int id);
}
