package nl.codewijzer.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.LoginRoutes;
import nl.codewijzer.security.PasswordChange;

/**
 * Choosing a new password. People who logged in with a temporary password are sent here and
 * cannot go anywhere else until they have chosen their own.
 */
@Route(value = LoginRoutes.PASSWORD, autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChangePasswordView(PasswordChange passwordChange, CurrentUser currentUser) {
        addClassName("narrow-page");
        boolean forced = currentUser.require().mustChangePassword();
        add(new H1(getTranslation("password.title")));
        add(new Paragraph(getTranslation(forced ? "password.forced.intro" : "password.intro",
                PasswordChange.MINIMUM_LENGTH)));

        current.setLabel(getTranslation("password.current"));
        current.setVisible(!forced);
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.new.helper", PasswordChange.MINIMUM_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        for (var field : new PasswordField[] {current, chosen, repeat}) {
            field.setWidthFull();
        }
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            clearErrors();
            try {
                passwordChange.change(current.getValue(), chosen.getValue(), repeat.getValue());
            } catch (PasswordChange.RefusedPassword refused) {
                showAtField(refused.problem());
                return;
            }
            Notification.show(getTranslation("password.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        var buttons = new HorizontalLayout(save);
        if (!forced) {
            buttons.add(new Button(getTranslation("action.cancel"), cancel -> getUI().ifPresent(ui -> ui.navigate(""))));
        }
        add(current, chosen, repeat, buttons);
        (forced ? chosen : current).focus();
    }

    private void clearErrors() {
        for (var field : new PasswordField[] {current, chosen, repeat}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void showAtField(PasswordChange.Problem problem) {
        var field = switch (problem) {
            case CURRENT_PASSWORD_WRONG -> current;
            case REPEAT_DIFFERS -> repeat;
            case TOO_SHORT, TOO_LONG, SAME_AS_EMAIL, SAME_AS_CURRENT -> chosen;
        };
        FieldErrors.showAt(field, getTranslation("password.problem." + problem.name(), PasswordChange.MINIMUM_LENGTH));
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – " + getTranslation("app.name");
    }
}
