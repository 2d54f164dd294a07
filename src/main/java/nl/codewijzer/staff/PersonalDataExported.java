package nl.codewijzer.staff;


/** A person downloaded their own data (AVG right of access). */
public record PersonalDataExported(long personId) implements PersonAuditEvent {

    @Override
    public String auditAction() {
        return "personal-data.exported";
    }
}
