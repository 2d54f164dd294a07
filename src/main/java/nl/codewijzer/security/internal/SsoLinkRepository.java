package nl.codewijzer.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SsoLinkRepository extends JpaRepository<SsoLinkRecord, Long> {

    Optional<SsoLinkRecord> findByProviderAndSubject(String provider, String subject);

    Optional<SsoLinkRecord> findByPersonIdAndProvider(long personId, String provider);

    List<SsoLinkRecord> findByPersonIdOrderByProvider(long personId);

    @Query("select l.personId from SsoLinkRecord l")
    List<Long> linkedPeople();

    @Modifying
    @Query("delete from SsoLinkRecord l where l.personId = :personId")
    int deleteByPerson(long personId);
}
