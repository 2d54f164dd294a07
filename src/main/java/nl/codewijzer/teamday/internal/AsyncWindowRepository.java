package nl.codewijzer.teamday.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AsyncWindowRepository extends JpaRepository<AsyncWindowRow, Long> {

    /** Windows whose end has passed but whose anonymous keys have not been deleted yet. */
    @Query("select w from AsyncWindowRow w where w.endedAt is null and w.endsAt <= :now")
    List<AsyncWindowRow> endedBy(Instant now);
}
