package nl.codewijzer.testfixture.modulemap.teamday;

import nl.codewijzer.testfixture.modulemap.codetext.Texts;

/** An allowed arrow: teamday -> codetext. */
public class Meetings {

    private final Texts texts = new Texts();

    public String draft() {
        return texts.current();
    }
}
