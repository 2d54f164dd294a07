package nl.codewijzer.provisioning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScimUserRepository extends JpaRepository<ScimUser, Long> {

    /** {@code userName} lower-cased. */
    Optional<ScimUser> findByUserName(String userName);

    List<ScimUser> findByExternalId(String externalId);
}
