package nl.codewijzer.security;

/** The beheerder removed the link between a school account and a person. */
public record SchoolAccountUnlinked(long personId, String provider) {
}
