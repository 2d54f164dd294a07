package nl.codewijzer.audit;

/** A person who appears in the trail, with their current name, for the filter. */
public record AuditPerson(long id, String name) {
}
