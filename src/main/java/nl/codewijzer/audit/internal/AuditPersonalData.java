package nl.codewijzer.audit.internal;

import java.time.Instant;
import java.util.List;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.staff.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's part of a person's data export: every row where they acted or that was about
 * them (a failed login with their e-mail included), as stored.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    /** One row of the trail. {@code actor} is the name stored with it. */
    public record Row(long seq, Instant occurredAt, @Nullable String actor, String action, String objectType,
            String objectId, String details) {
    }

    private final AuditQueries queries;
    private final CurrentUser currentUser;
    private final AuditChainer chainer;

    AuditPersonalData(AuditQueries queries, CurrentUser currentUser, AuditChainer chainer) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.chainer = chainer;
    }

    /** The rows of the person's last actions may still wait to be chained (decision 0039): chained first. */
    @Override
    public void beforeReading() {
        chainer.chainNow();
    }

    @Override
    public String section() {
        return "audit";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataFor(long personId) {
        PersonalDataSource.requireOwn(currentUser, personId);
        List<Row> rows = queries.ofPerson(personId).stream().map(row -> new Row(row.seq(), row.occurredAt(),
                row.actorName(), row.action(), row.objectType(), row.objectId(), row.details())).toList();
        return rows;
    }
}
