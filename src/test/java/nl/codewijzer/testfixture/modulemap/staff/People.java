package nl.codewijzer.testfixture.modulemap.staff;

import nl.codewijzer.testfixture.modulemap.codetext.Texts;
import nl.codewijzer.testfixture.modulemap.school.Settings;

/** An allowed arrow (staff -> school) and the forbidden one the test must see (staff -> codetext). */
public class People {

    private final Settings settings = new Settings();
    private final Texts texts = new Texts();

    public String both() {
        return settings.name() + texts.current();
    }
}
