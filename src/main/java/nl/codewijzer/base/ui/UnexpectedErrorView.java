package nl.codewijzer.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while a page opens: a calm Dutch message with a short incident code instead of
 * a stack trace; the detail goes to the log under that code.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        super("unexpected-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page {} failed to open, incident {}", event.getLocation().getPath(), incident, parameter.getCaughtException());
        show("error.unexpected.title", getTranslation("error.unexpected.page", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
