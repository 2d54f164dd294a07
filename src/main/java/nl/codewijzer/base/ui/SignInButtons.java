package nl.codewijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * "Inloggen met Microsoft" and its siblings: one plain link per school-account provider, each a full
 * page request because the sign-in leaves for the provider. The same on the login page and on the
 * welcome page of an invitation.
 */
public final class SignInButtons extends Div {

    /** One button: its text ("Inloggen met Microsoft") and where the sign-in starts. */
    public record Target(String text, String href) {
    }

    public SignInButtons(List<Target> targets) {
        addClassName("school-accounts");
        setId("school-accounts");
        for (var target : targets) {
            var link = new Anchor(target.href(), target.text());
            link.setRouterIgnore(true);
            link.addClassName("school-account-button");
            add(link);
        }
    }
}
