package nl.codewijzer.school.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HolidayRepository extends JpaRepository<HolidayRow, Long> {

    @Query("select h from HolidayRow h order by h.firstDay, h.id")
    List<HolidayRow> inOrder();
}
