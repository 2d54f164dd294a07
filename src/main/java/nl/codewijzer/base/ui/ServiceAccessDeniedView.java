package nl.codewijzer.base.ui;

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
public class ServiceAccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public ServiceAccessDeniedView() {
        super("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.access-denied.title", getTranslation("error.access-denied.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
