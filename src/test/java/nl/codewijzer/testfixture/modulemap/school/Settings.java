package nl.codewijzer.testfixture.modulemap.school;

/** A foundation that staff may use. */
public class Settings {

    public String name() {
        return "";
    }
}
