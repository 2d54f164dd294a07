package nl.codewijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** What every error page shows: a title, a sentence a person can act on, and the way back home. */
abstract class ErrorPage extends Main {

    ErrorPage(String id) {
        addClassName("narrow-page");
        setId(id);
    }

    /** Shows the page; {@code text} is already translated. */
    protected void show(String titleKey, String text) {
        removeAll();
        add(new H1(getTranslation(titleKey)), new Paragraph(text), new Anchor("", getTranslation("error.to-home")));
    }
}
