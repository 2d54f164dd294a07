package nl.codewijzer.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.base.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reading the trail: pages for the grid, keyset pages for the export, a person's own rows. */
@Repository
public class AuditQueries {

    private static final String ROW = """
            select new nl.codewijzer.audit.internal.AuditRow(r.seq, r.occurredAt, r.actorId, n.name, r.action,
                r.objectType, r.objectId, r.subjectId, r.details, r.prevHash, r.hash)
            from AuditRecord r left join AuditActorName n on n.seq = r.seq""";

    private final EntityManager entityManager;

    AuditQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first, for the grid. */
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        var where = where(filter, null);
        var query = entityManager.createQuery(ROW + where.clause() + " order by r.seq desc", AuditRow.class);
        where.bind(query);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditFilter filter) {
        var where = where(filter, null);
        var query = entityManager.createQuery("select count(r) from AuditRecord r" + where.clause(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** Oldest first, the rows after {@code afterSeq}: the export walks the whole trail this way. */
    public List<AuditRow> after(AuditFilter filter, long afterSeq, int limit) {
        var where = where(filter, afterSeq);
        var query = entityManager.createQuery(ROW + where.clause() + " order by r.seq", AuditRow.class);
        where.bind(query);
        return query.setMaxResults(limit).getResultList();
    }

    /** Every row where the person acted or that was about them, oldest first. */
    public List<AuditRow> ofPerson(long personId) {
        return entityManager.createQuery(ROW + " where r.actorId = :person or r.subjectId = :person order by r.seq",
                AuditRow.class).setParameter("person", personId).getResultList();
    }

    public List<String> actions() {
        return entityManager.createQuery("select distinct r.action from AuditRecord r order by r.action", String.class)
                .getResultList();
    }

    /** The people who acted, or were acted on, in the trail. */
    public List<Long> people() {
        var ids = new ArrayList<>(entityManager.createQuery(
                "select distinct r.actorId from AuditRecord r where r.actorId is not null", Long.class).getResultList());
        ids.addAll(entityManager.createQuery(
                "select distinct r.subjectId from AuditRecord r where r.subjectId is not null", Long.class).getResultList());
        return ids.stream().distinct().toList();
    }

    private record Where(String clause, Map<String, Object> parameters) {
        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }

    private static Where where(AuditFilter filter, @Nullable Long afterSeq) {
        var conditions = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        if (filter.action() != null) {
            conditions.add("r.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.personId() != null) {
            conditions.add("(r.actorId = :person or r.subjectId = :person)");
            parameters.put("person", filter.personId());
        }
        if (filter.from() != null) {
            conditions.add("r.occurredAt >= :from");
            parameters.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("r.occurredAt < :until");
            parameters.put("until", startOf(filter.to().plusDays(1)));
        }
        if (afterSeq != null) {
            conditions.add("r.seq > :after");
            parameters.put("after", afterSeq);
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(SchoolTime.ZONE).toInstant();
    }
}
