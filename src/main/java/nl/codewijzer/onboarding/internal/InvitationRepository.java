package nl.codewijzer.onboarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i where i.tokenSha256 = :sha256")
    Optional<Invitation> byTokenSha256(String sha256);

    /** Invitations of a person that were neither used nor revoked (expired ones included). */
    @Query("select i from Invitation i where i.personId = :personId and i.usedAt is null and i.revokedAt is null")
    List<Invitation> unusedOf(long personId);

    @Query("select count(i) > 0 from Invitation i where i.personId = :personId and i.renewalAskedAt >= :since")
    boolean renewalAskedSince(long personId, Instant since);
}
