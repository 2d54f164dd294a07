package nl.codewijzer.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.codewijzer.base.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The global error handler: a calm Dutch message for the person, the full detail in the log under a
 * short incident code that the person can pass on to the beheerder.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        var ui = UI.getCurrent();
        var cause = rootOf(event.getThrowable());
        if (browserWentAway(event.getThrowable())) {
            // a closed tab, a phone that locked its screen, a lost Wi-Fi connection: normal on a team day
            log.debug("A browser went away before the server's answer reached it: {}", cause.toString());
            return;
        }
        String message;
        if (databaseUnreachable(event.getThrowable())) {
            var incident = UUID.randomUUID().toString().substring(0, 8);
            log.warn("The database did not answer, incident {}: {}", incident, cause.toString());
            message = translate(ui, "error.database-unreachable", incident);
        } else if (cause instanceof InvalidInput invalid) {
            var first = invalid.problems().getFirst();
            message = translate(ui, first.messageKey(), first.args().toArray());
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Access denied: {}", cause.getMessage());
            message = translate(ui, "error.access-denied");
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = translate(ui, "error.changed-by-someone-else");
        } else {
            var incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, incident {}", incident, event.getThrowable());
            message = translate(ui, "error.unexpected", incident);
        }
        if (ui != null) {
            ui.access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /**
     * Whether the error only says that the browser is gone: the UI was detached (its tab closed) or
     * the connection was closed from the other side while the server was still writing to it.
     */
    static boolean browserWentAway(Throwable throwable) {
        for (var current = throwable; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof UIDetachedException || current.getClass().getSimpleName().equals("ClientAbortException")
                    || current.getClass().getSimpleName().equals("EofException")) {
                return true;
            }
            if (current instanceof IOException && current.getMessage() != null
                    && CLOSED_CONNECTION.matcher(current.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the error says the database cannot be reached (stopped, restarting, a network fault):
     * the action's transaction never started or was rolled back, so nothing of it was saved. The
     * pool opens new connections by itself once the database answers again.
     */
    static boolean databaseUnreachable(Throwable throwable) {
        for (var current = throwable; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof org.springframework.dao.DataAccessResourceFailureException
                    || current instanceof org.springframework.transaction.CannotCreateTransactionException
                    || current instanceof java.sql.SQLTransientConnectionException
                    || current instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CLOSED_CONNECTION = Pattern.compile(
            "(?i)broken pipe|connection reset|connection (was )?(remotely |abruptly )?closed|an established connection was aborted");

    private static String translate(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }

    /** Spring and Vaadin wrap exceptions; the reason a person can act on is usually the innermost known one. */
    private static Throwable rootOf(Throwable throwable) {
        var current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof InvalidInput || current instanceof AccessDeniedException
                        || current instanceof OptimisticLockingFailureException)) {
            current = current.getCause();
        }
        return current;
    }
}
