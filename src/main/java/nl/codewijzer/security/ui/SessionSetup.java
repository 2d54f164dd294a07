package nl.codewijzer.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import nl.codewijzer.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Per browser tab: shows the UI in the person's chosen language (Dutch by default) and keeps anyone
 * with a temporary password on the password page until they have chosen their own.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    static final Locale DUTCH = Locale.of("nl", "NL");

    private final CurrentUser currentUser;

    SessionSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.setLocale(currentUser.get()
                    .map(user -> user.preferredLanguage() == null ? DUTCH : Locale.forLanguageTag(user.preferredLanguage()))
                    .orElse(DUTCH));
            ui.addBeforeEnterListener(this::keepOnPasswordPageWhileTemporary);
        });
    }

    private void keepOnPasswordPageWhileTemporary(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (currentUser.get().map(user -> user.mustChangePassword()).orElse(false)) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
