package nl.codewijzer.signing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<SigningCampaign, Long> {

    @Query("select c from SigningCampaign c where c.endedAt is null order by c.adoptedAt desc, c.versionId desc")
    List<SigningCampaign> active();

    @Query("select c from SigningCampaign c order by c.adoptedAt desc, c.versionId desc")
    List<SigningCampaign> newestFirst();
}
