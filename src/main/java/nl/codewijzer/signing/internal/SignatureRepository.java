package nl.codewijzer.signing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SignatureRepository extends JpaRepository<Signature, Long> {

    /** The person's signature in the version's own campaign (round 0). */
    @Query("select s from Signature s where s.personId = :personId and s.versionId = :versionId and s.roundYear = 0")
    Optional<Signature> of(long personId, long versionId);

    /** The person's signatures of a version, the newest round first. */
    @Query("select s from Signature s where s.personId = :personId and s.versionId = :versionId order by s.roundYear desc")
    List<Signature> allRoundsOf(long personId, long versionId);

    /** The signatures of the version's own campaign (round 0). */
    @Query("select s from Signature s where s.versionId = :versionId and s.roundYear = 0 order by s.signedAt, s.id")
    List<Signature> ofVersion(long versionId);

    /** The signatures of one yearly round. */
    @Query("select s from Signature s where s.versionId = :versionId and s.roundYear = :roundYear order by s.signedAt, s.id")
    List<Signature> ofRound(long versionId, int roundYear);

    long countByVersionId(long versionId);

    /** The signatures of earlier versions that count for this version, carried over by a redactional change. */
    @Query("""
            select s from Signature s where s.id in (select r.carriedSignatureId from SignatureRequest r
            where r.versionId = :versionId and r.carriedSignatureId is not null) order by s.signedAt, s.id""")
    List<Signature> carriedInto(long versionId);

    @Query("select s from Signature s where s.personId = :personId order by s.signedAt desc, s.id desc")
    List<Signature> ofPerson(long personId);

    /** Every signature of a code, for "what changed since you signed" of a whole staff at once. */
    @Query("select s from Signature s where s.codeId = :codeId")
    List<Signature> ofCode(long codeId);

    /** The person's newest signature of a code, for "what changed since you signed". */
    @Query("select s from Signature s where s.personId = :personId and s.codeId = :codeId order by s.versionNumber desc")
    List<Signature> ofPersonAndCode(long personId, long codeId);

    Optional<Signature> findByVerificationCode(String verificationCode);

    /** After the retention period: the names become the pseudonym, IP address and browser go. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Signature s set s.personName = :pseudonym, s.typedName = :pseudonym, s.ipAddress = null,
                s.userAgent = null, s.nameErased = true where s.personId = :personId""")
    int eraseNames(long personId, String pseudonym);
}
