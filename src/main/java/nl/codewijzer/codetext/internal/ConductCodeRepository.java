package nl.codewijzer.codetext.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConductCodeRepository extends JpaRepository<ConductCode, Long> {

    Optional<ConductCode> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select c from ConductCode c order by c.title")
    List<ConductCode> allByTitle();
}
