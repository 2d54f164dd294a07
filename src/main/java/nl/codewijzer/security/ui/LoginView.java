package nl.codewijzer.security.ui;

import com.vaadin.flow.component.html.Anchor;
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
import nl.codewijzer.base.ui.SignInButtons;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.LoginHints;
import nl.codewijzer.security.LoginRoutes;
import nl.codewijzer.security.LoginThrottled;
import nl.codewijzer.security.PasswordLoginOff;
import nl.codewijzer.security.SchoolAccountOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The Dutch login page. Lists the demo logins only while the demo school is switched on. */
@Route(value = LoginRoutes.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final SchoolAccountOptions schoolAccounts;
    private final Div schoolAccountNotice = new Div();

    LoginView(ObjectProvider<LoginHints> loginHints, CurrentUser currentUser, SchoolAccountOptions schoolAccounts) {
        this.currentUser = currentUser;
        this.schoolAccounts = schoolAccounts;
        addClassName("login-view");
        form.setAction(LoginRoutes.LOGIN);
        form.setI18n(i18n());
        form.addForgotPasswordListener(event -> Notification.show(getTranslation("login.forgot.text"), 8000,
                Notification.Position.MIDDLE));

        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");
        add(brand);
        addSchoolAccounts();
        add(form);
        loginHints.ifAvailable(hints -> add(demoLogins(hints)));
        var statement = new Anchor(nl.codewijzer.base.ui.AccessibilityStatementView.ROUTE, getTranslation("a11y.link"));
        statement.setId("accessibility-link");
        var footer = new com.vaadin.flow.component.html.Footer(statement);
        footer.addClassName("login-footer");
        add(footer);
    }

    /** "Inloggen met Microsoft" and the like, above the password form; a message after a refused sign-in. */
    private void addSchoolAccounts() {
        schoolAccountNotice.addClassName("school-account-notice");
        schoolAccountNotice.setId("school-account-notice");
        schoolAccountNotice.setVisible(false);
        add(schoolAccountNotice);
        var buttons = schoolAccounts.buttons();
        if (buttons.isEmpty()) {
            return;
        }
        var box = new SignInButtons(buttons.stream()
                .map(button -> new SignInButtons.Target(getTranslation("login.sso.button", button.label()), button.href()))
                .toList());
        if (schoolAccounts.passwordLogin()) {
            var or = new Paragraph(getTranslation("login.sso.or"));
            or.addClassName("school-accounts-or");
            box.add(or);
        }
        add(box);
    }

    /** Why a school-account sign-in did not go through, or the offer to sign out at the provider too. */
    private void showSchoolAccountNotice(java.util.Map<String, java.util.List<String>> parameters) {
        var refused = parameters.getOrDefault("geweigerd", java.util.List.of());
        var signedOut = parameters.getOrDefault("afgemeld", java.util.List.of());
        schoolAccountNotice.removeAll();
        if (!refused.isEmpty()) {
            var reason = refused.getFirst().matches("[a-z-]{1,40}") ? refused.getFirst() : "failed";
            var key = "login.sso.refused." + reason;
            var text = getTranslation(key);
            schoolAccountNotice.add(new H2(getTranslation("login.sso.refused.title")),
                    new Paragraph(text.equals(key) || text.startsWith("!") ? getTranslation("login.sso.refused.failed") : text));
            schoolAccountNotice.getElement().setAttribute("role", "alert");
            schoolAccountNotice.setVisible(true);
        } else if (!signedOut.isEmpty()) {
            var provider = signedOut.getFirst();
            var label = schoolAccounts.label(provider);
            var endSession = schoolAccounts.endSessionUrl(provider);
            if (label.isPresent() && endSession.isPresent()) {
                var link = new Anchor(endSession.get(), getTranslation("login.sso.signout.link", label.get()));
                link.setRouterIgnore(true);
                schoolAccountNotice.add(new Paragraph(getTranslation("login.sso.signout.text", label.get())), link);
                schoolAccountNotice.setVisible(true);
            }
        }
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        showSchoolAccountNotice(parameters);
        // with password login switched off, only the break-glass beheerder opens the form: /login?wachtwoord
        form.setVisible(schoolAccounts.passwordLogin() || parameters.containsKey("wachtwoord")
                || parameters.containsKey("error"));
        if (parameters.containsKey("error")) {
            if (lastFailureWas(PasswordLoginOff.class)) {
                var i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.password-off.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.password-off.message"));
                form.setI18n(i18n);
            } else if (lastFailureWasDeactivatedAccount()) {
                var i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.disabled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.disabled.message"));
                form.setI18n(i18n);
            } else if (lastFailureWas(LoginThrottled.class)) {
                var kind = lastFailureWas(LoginThrottled.Locked.class) ? "locked" : "wait";
                var i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled." + kind + ".title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled." + kind + ".message"));
                form.setI18n(i18n);
            }
            form.setError(true);
        }
    }

    private static boolean lastFailureWasDeactivatedAccount() {
        return lastFailureWas(DisabledException.class);
    }

    private static boolean lastFailureWas(Class<? extends Exception> type) {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        return type.isInstance(session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
