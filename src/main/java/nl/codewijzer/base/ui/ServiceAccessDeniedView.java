package nl.codewijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in person while a page was opening (a teacher opening a draft's
 * link, say): the same calm "Geen toegang" page as for a view they may not open.
 */
@AnonymousAllowed
public class ServiceAccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    public ServiceAccessDeniedView() {
        addClassName("narrow-page");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
