package nl.codewijzer.security;

/** The school's name, which a chosen password may not be made of; the school module supplies it. */
public interface SchoolNameSource {

    String schoolName();
}
