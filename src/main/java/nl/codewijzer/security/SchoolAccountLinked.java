package nl.codewijzer.security;

/** A school account was linked to a person at their first sign-in with it (matched by verified e-mail). */
public record SchoolAccountLinked(long personId, String provider, boolean personCreated) {
}
