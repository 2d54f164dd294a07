package nl.codewijzer.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.codewijzer.base.InvalidInput;

/** A page could not open because a service refused its input, such as a link to a version that does not exist. */
@PermitAll
public class InvalidInputView extends ErrorPage implements HasErrorParameter<InvalidInput> {

    public InvalidInputView() {
        super("invalid-input");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<InvalidInput> parameter) {
        var problem = parameter.getException().problems().getFirst();
        show("error.cannot-open.title", getTranslation(problem.messageKey(), problem.args().toArray()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
