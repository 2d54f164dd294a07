package nl.codewijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.codewijzer.base.InvalidInput;

/** A page could not open because a service refused its input, such as a link to a version that does not exist. */
@PermitAll
public class InvalidInputView extends Main implements HasErrorParameter<InvalidInput> {

    public InvalidInputView() {
        addClassName("narrow-page");
        setId("invalid-input");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<InvalidInput> parameter) {
        removeAll();
        var problem = parameter.getException().problems().getFirst();
        add(new H1(getTranslation("error.cannot-open.title")),
                new Paragraph(getTranslation(problem.messageKey(), problem.args().toArray())),
                new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
