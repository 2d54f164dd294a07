package nl.codewijzer.staff;


/** A person chose their own password (after a temporary one, or to change it); the password itself is never recorded. */
public record PasswordChosen(long personId) implements PersonAuditEvent {

    @Override
    public String auditAction() {
        return "person.password-chosen";
    }
}
