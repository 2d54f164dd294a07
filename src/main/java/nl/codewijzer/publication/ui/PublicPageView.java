package nl.codewijzer.publication.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.QrCode;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.publication.PublicPageStatus;
import nl.codewijzer.publication.PublicPages;
import nl.codewijzer.security.Role;

/** Whether the adopted code is public for parents, its address, QR code and website snippet; the schoolleiding switches. */
@Route("openbaar")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.public-page", order = 17, icon = "vaadin:globe")
public class PublicPageView extends Main implements HasDynamicTitle {

    private final PublicPages pages;
    final Div state = new Div();

    PublicPageView(PublicPages pages) {
        this.pages = pages;
        addClassName("page");
        setId("public-page");
        add(new H1(getTranslation("publication.title")), new Paragraph(getTranslation("publication.intro")), state);
        show(pages.status());
    }

    private void show(PublicPageStatus status) {
        state.removeAll();
        var line = new Paragraph(getTranslation(status.enabled() ? "publication.on"
                : status.slug() == null ? "publication.never" : "publication.off"));
        line.setId("public-page-state");
        state.add(line);
        var changedAt = status.changedAt();
        if (changedAt != null) {
            state.add(new Paragraph(getTranslation("publication.changed", status.changedBy(), Dates.date(this, changedAt))));
        }
        var address = status.address();
        if (status.enabled() && address != null) {
            var link = new Anchor(address, address);
            link.setTarget(AnchorTarget.BLANK);
            link.setId("public-page-address");
            state.add(new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("publication.address") + ": "), link));
            var qr = new Svg(QrCode.svg(address, address));
            var qrBox = new Div(qr);
            qrBox.setWidth("8rem");
            state.add(qrBox);
            var snippet = new TextArea(getTranslation("publication.snippet"));
            snippet.setValue(status.snippet() == null ? "" : status.snippet());
            snippet.setReadOnly(true);
            snippet.setWidthFull();
            snippet.setId("public-page-snippet");
            state.add(snippet);
        }
        if (status.canSwitch()) {
            var toggle = status.enabled()
                    ? button("publication.switch-off", "publication.switched-off", pages::switchOff)
                    : button("publication.switch-on", "publication.switched-on", pages::switchOn);
            toggle.setId("public-page-toggle");
            state.add(new Div(toggle));
        }
    }

    private Button button(String key, String done, Supplier<PublicPageStatus> action) {
        var button = new Button(getTranslation(key), click -> {
            try {
                show(action.get());
                FieldErrors.saved(this, done);
            } catch (InvalidInput refused) {
                new FieldErrors().show(refused, this);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.title") + " – " + getTranslation("app.name");
    }
}
