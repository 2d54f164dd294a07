package nl.codewijzer.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.notification.OutboxEntry;
import nl.codewijzer.security.Role;

/** Every mail the app wrote, for the beheerder: sent, waiting, failed, or kept because no mail server is set up. */
@Route("uitgaande-email")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.outbox", order = 86, icon = "vaadin:envelopes-o")
public class OutboxView extends Main implements HasDynamicTitle {

    final Grid<OutboxEntry> grid = new Grid<>();

    OutboxView(Notifications notifications) {
        addClassName("page");
        setId("outbox");
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation(
                notifications.mailConfigured() ? "outbox.intro.smtp" : "outbox.intro.no-smtp")));
        grid.addColumn(entry -> Dates.dateTime(this, entry.createdAt())).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(entry -> getTranslation(entry.status().labelKey())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setItems(notifications.outbox());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** What opening a row shows: the mail's text, or a note that it is withheld from this reader. */
    Component details(OutboxEntry entry) {
        var body = entry.body();
        if (body != null) {
            return new Pre(body);
        }
        var note = new Paragraph(getTranslation("outbox.body-withheld"));
        note.addClassName("outbox-body-withheld");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " – " + getTranslation("app.name");
    }
}
