package nl.codewijzer.provisioning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScimTokenRepository extends JpaRepository<ScimToken, Long> {

    Optional<ScimToken> findByTokenSha256(String tokenSha256);

    @Query("select t from ScimToken t where t.revokedAt is null order by t.createdAt desc")
    List<ScimToken> active();
}
