package nl.codewijzer.testfixture.modulemap.codetext;

/** Stands for the code texts that workflow modules may use. */
public class Texts {

    public String current() {
        return "";
    }
}
