package nl.codewijzer.staff;


/** The beheerder gave a person a temporary password (never recorded itself). */
public record TemporaryPasswordSet(long personId) implements PersonAuditEvent {

    @Override
    public String auditAction() {
        return "person.temporary-password-set";
    }
}
