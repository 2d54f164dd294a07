package nl.codewijzer.consent;

import nl.codewijzer.base.AuditableEvent;
import org.springframework.modulith.NamedInterface;

/** An auditable event about a consent round: the round is the object of the audit row. */
@NamedInterface("events")
public interface RoundAuditEvent extends AuditableEvent {

    long roundId();

    @Override
    default String auditObjectType() {
        return "consent_round";
    }

    @Override
    default String auditObjectId() {
        return Long.toString(roundId());
    }
}
