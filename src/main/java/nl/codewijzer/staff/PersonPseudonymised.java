package nl.codewijzer.staff;

import java.time.LocalDate;

/**
 * The retention period after a person's employment ended has passed: their name, e-mail and
 * login were replaced by a pseudonym. Their id stays, so signatures and other records that refer
 * to it keep their hashes and dates. The audit trail erases the names it stored for them.
 */
public record PersonPseudonymised(long personId, LocalDate endDate, int retentionMonths) implements PersonAuditEvent {

    /** The trail's action for this event; its verification accepts erased names of these people. */
    public static final String ACTION = "person.pseudonymised";

    @Override
    public String auditAction() {
        return ACTION;
    }

    @Override
    public String auditDetails() {
        return "endDate=" + endDate + "; retentionMonths=" + retentionMonths;
    }
}
