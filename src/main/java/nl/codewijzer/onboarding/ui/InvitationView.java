package nl.codewijzer.onboarding.ui;

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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.SignInButtons;
import nl.codewijzer.onboarding.InvitationClosed;
import nl.codewijzer.onboarding.InvitationState;
import nl.codewijzer.onboarding.InvitationStatus;
import nl.codewijzer.onboarding.Invitations;
import nl.codewijzer.security.LoginRoutes;
import nl.codewijzer.security.PasswordChange;
import nl.codewijzer.security.PasswordSignIn;
import nl.codewijzer.security.SchoolAccountOptions;
import nl.codewijzer.signing.Signing;

/**
 * The page an invitation link opens: "Welkom, naam" and a new password, then the person is signed
 * in and goes on to sign the code. A link that does not work says why and lets the visitor ask the
 * beheerders for a new one. The password texts and rules are those of the password page.
 */
@Route(value = Invitations.ROUTE, autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    /** The sign flow of the signing module: where a new colleague goes once they have a password. */
    static final String NEXT_ROUTE = Signing.ROUTE;

    final H1 heading = new H1();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Paragraph closedReason = new Paragraph();
    final Button ask = new Button();
    final Paragraph asked = new Paragraph();
    private final Invitations invitations;
    private final PasswordSignIn signIn;
    private final SchoolAccountOptions schoolAccounts;
    private String token = "";

    InvitationView(Invitations invitations, PasswordSignIn signIn, SchoolAccountOptions schoolAccounts) {
        this.invitations = invitations;
        this.signIn = signIn;
        this.schoolAccounts = schoolAccounts;
        addClassName("narrow-page");
        setId("invitation");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.new.helper", PasswordChange.MINIMUM_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        chosen.setWidthFull();
        repeat.setWidthFull();
        save.setText(getTranslation("onboarding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> accept());
        ask.setText(getTranslation("onboarding.ask"));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> {
            invitations.askForNew(token);
            ask.setEnabled(false);
            asked.setText(getTranslation("onboarding.asked"));
            asked.setVisible(true);
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        switch (invitations.open(token)) {
            case InvitationState.Open open -> showWelcome(open);
            case InvitationState.Closed closed -> showClosed(closed.status());
        }
    }

    private void showWelcome(InvitationState.Open open) {
        heading.setText(getTranslation("onboarding.welcome", open.fullName()));
        if (open.schoolAccountOnly()) {
            showSchoolAccountWelcome(open);
            return;
        }
        add(heading,
                new Paragraph(getTranslation("onboarding.intro", open.schoolName())),
                new Paragraph(getTranslation("onboarding.login-name", open.email())),
                chosen, repeat, new HorizontalLayout(save),
                new Paragraph(getTranslation("onboarding.valid-until", Dates.dateTime(this, open.validUntil()))));
        chosen.focus();
    }

    /** Password login is off: no password to choose; the school account's sign-in, as on the login page. */
    private void showSchoolAccountWelcome(InvitationState.Open open) {
        add(heading,
                new Paragraph(getTranslation("onboarding.intro", open.schoolName())),
                new Paragraph(getTranslation("onboarding.school-account.text", open.email())));
        var box = new SignInButtons(schoolAccounts.buttons().stream()
                .map(button -> new SignInButtons.Target(getTranslation("login.sso.button", button.label()), button.href()))
                .toList());
        add(box);
        // the school account's sign-in comes back here: then straight on to the sign flow, as after a password
        schoolAccounts.continueAfterSignIn(NEXT_ROUTE);
    }

    private void accept() {
        for (var field : new PasswordField[] {chosen, repeat}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        String email;
        try {
            email = invitations.accept(token, chosen.getValue(), repeat.getValue());
        } catch (PasswordChange.RefusedPassword refused) {
            var field = refused.problem() == PasswordChange.Problem.REPEAT_DIFFERS ? repeat : chosen;
            FieldErrors.showAt(field, getTranslation("password.problem." + refused.problem().name(),
                    PasswordChange.MINIMUM_LENGTH));
            field.focus();
            return;
        } catch (InvitationClosed closed) {
            removeAll();
            showClosed(closed.status());
            return;
        }
        boolean signedIn = signIn.signIn(email, chosen.getValue());
        Notification.show(getTranslation(signedIn ? "onboarding.signed-in" : "onboarding.sign-in-failed"), 5000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(signedIn ? NEXT_ROUTE : LoginRoutes.LOGIN));
    }

    private void showClosed(InvitationStatus status) {
        heading.setText(getTranslation("onboarding.closed.title"));
        closedReason.setText(getTranslation("onboarding.closed." + status.name(), Invitations.VALID_FOR.toDays()));
        ask.setEnabled(true);
        asked.setVisible(false);
        var toLogin = new Button(getTranslation("onboarding.to-login"), click -> getUI().ifPresent(ui -> ui.navigate(LoginRoutes.LOGIN)));
        add(heading, closedReason, new Paragraph(getTranslation("onboarding.closed.ask-hint")),
                new HorizontalLayout(ask, toLogin), asked);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title") + " – " + getTranslation("app.name");
    }
}
