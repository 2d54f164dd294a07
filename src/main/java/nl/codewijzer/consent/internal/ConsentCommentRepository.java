package nl.codewijzer.consent.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentCommentRepository extends JpaRepository<ConsentComment, Long> {

    @Query("select c from ConsentComment c where c.roundId = :roundId order by c.createdAt, c.id")
    List<ConsentComment> forRound(long roundId);

    @Query("""
            select new nl.codewijzer.consent.internal.OwnComment(r.id, r.codeTitle, r.versionNumber, c.section, c.body,
                c.createdAt)
            from ConsentComment c, ConsentRound r
            where r.id = c.roundId and c.authorId = :personId
            order by c.createdAt""")
    List<OwnComment> writtenBy(long personId);
}
