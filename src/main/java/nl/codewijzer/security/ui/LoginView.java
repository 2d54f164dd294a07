package nl.codewijzer.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.LoginHints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The Dutch login page. Lists the demo logins only while the demo school is switched on. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    LoginView(ObjectProvider<LoginHints> loginHints, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        form.setAction("login");
        form.setI18n(i18n());
        form.addForgotPasswordListener(event -> Notification.show(getTranslation("login.forgot.text"), 8000,
                Notification.Position.MIDDLE));

        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");
        add(brand, form);
        loginHints.ifAvailable(hints -> add(demoLogins(hints)));
    }

    private Div demoLogins(LoginHints hints) {
        var box = new Div();
        box.addClassName("demo-logins");
        box.setId("demo-logins");
        box.add(new H2(getTranslation("login.demo.title")));
        box.add(new Paragraph(getTranslation("login.demo.password", hints.password())));
        for (var hint : hints.hints()) {
            var row = new Div(new Span(hint.email()), new Span(getTranslation(hint.descriptionKey())));
            row.addClassName("demo-login");
            box.add(row);
        }
        return box;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formTexts = new LoginI18n.Form();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(formTexts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastFailureWasDeactivatedAccount()) {
                var i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.disabled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.disabled.message"));
                form.setI18n(i18n);
            }
            form.setError(true);
        }
    }

    private static boolean lastFailureWasDeactivatedAccount() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof DisabledException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
