package nl.codewijzer.revision.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    Optional<Revision> findByFromVersionId(long fromVersionId);
}
