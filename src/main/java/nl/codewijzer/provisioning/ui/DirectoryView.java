package nl.codewijzer.provisioning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.provisioning.ScimTokens;
import nl.codewijzer.security.Role;

/**
 * The school's directory, for the beheerder: the tenant URL and secret token that Microsoft Entra
 * ID's provisioning needs. A token is shown once, right after it is made; only its hash is kept, so
 * a lost token is replaced, never shown again. Making a new one or revoking stops the old one at once.
 */
@Route("beheer/personeelskoppeling")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.directory", order = 80.5, icon = "vaadin:connect")
public class DirectoryView extends Main implements HasDynamicTitle {

    final TextField tenantUrl = new TextField();
    final Paragraph tokenStatus = new Paragraph();
    final Button generate = new Button();
    final Button revoke = new Button();
    /** The new token, shown once right after it was made. */
    final TextField newToken = new TextField();
    final Div newTokenBox = new Div();
    private final ScimTokens tokens;

    DirectoryView(ScimTokens tokens, PublicAddress address) {
        this.tokens = tokens;
        addClassName("page");
        setId("directory");

        tenantUrl.setLabel(getTranslation("directory.scim.tenant-url"));
        tenantUrl.setReadOnly(true);
        tenantUrl.setValue(address.link("scim/v2"));
        tenantUrl.setWidthFull();
        tenantUrl.setHelperText(getTranslation("directory.scim.tenant-url.helper"));

        tokenStatus.setId("scim-token-status");
        tokenStatus.getElement().setAttribute("role", "status");
        generate.addClickListener(click -> {
            if (tokens.status().active()) {
                confirm("directory.scim.rotate.title", "directory.scim.rotate.text", "directory.scim.rotate",
                        this::makeToken);
            } else {
                makeToken();
            }
        });
        revoke.setText(getTranslation("directory.scim.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> confirm("directory.scim.revoke.title", "directory.scim.revoke.text",
                "directory.scim.revoke", () -> {
                    tokens.revoke();
                    newTokenBox.setVisible(false);
                    newToken.clear();
                    showStatus();
                }));

        newToken.setLabel(getTranslation("directory.scim.new-token"));
        newToken.setReadOnly(true);
        newToken.setWidthFull();
        newTokenBox.setId("scim-new-token");
        newTokenBox.add(newToken, new Paragraph(getTranslation("directory.scim.new-token.once")));
        newTokenBox.setVisible(false);

        var buttons = new Div(generate, revoke);
        buttons.addClassName("toolbar");
        var scim = new Section(new H2(getTranslation("directory.scim.title")),
                new Paragraph(getTranslation("directory.scim.intro")), tenantUrl, tokenStatus, buttons, newTokenBox);
        scim.setId("scim");
        add(new H1(getTranslation("directory.title")), scim);
        showStatus();
    }

    private void makeToken() {
        newToken.setValue(tokens.generate());
        newTokenBox.setVisible(true);
        showStatus();
    }

    private void showStatus() {
        var status = tokens.status();
        if (status.active() && status.createdAt() != null) {
            var lastUse = status.lastUsedAt() == null ? getTranslation("directory.scim.never-used")
                    : Dates.dateTime(this, status.lastUsedAt());
            tokenStatus.setText(getTranslation("directory.scim.status.active", Dates.dateTime(this, status.createdAt()),
                    lastUse));
        } else {
            tokenStatus.setText(getTranslation("directory.scim.status.none"));
        }
        generate.setText(getTranslation(status.active() ? "directory.scim.rotate" : "directory.scim.generate"));
        generate.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!status.active()) {
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        revoke.setVisible(status.active());
    }

    private void confirm(String title, String text, String action, Runnable work) {
        var dialog = new ConfirmDialog(getTranslation(title), getTranslation(text), getTranslation(action),
                yes -> work.run(), getTranslation("action.cancel"), no -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " – " + getTranslation("app.name");
    }
}
