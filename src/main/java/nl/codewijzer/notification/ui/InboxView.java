package nl.codewijzer.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.notification.InboxEntry;
import nl.codewijzer.notification.Notifications;

/** The signed-in person's notifications, newest first; opening one marks it read. */
@Route(Notifications.INBOX_ROUTE)
@PermitAll
@Menu(title = "nav.inbox", order = 88, icon = "vaadin:bell")
public class InboxView extends Main implements HasDynamicTitle {

    private final Notifications notifications;
    final Div list = new Div();

    InboxView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("page");
        setId("inbox");
        var allRead = new Button(getTranslation("inbox.all-read"), click -> {
            notifications.markAllRead();
            refresh();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("cards");
        add(new H1(getTranslation("inbox.title")), allRead, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var entries = notifications.inbox();
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("inbox.empty")));
        }
        entries.forEach(entry -> list.add(card(entry)));
    }

    private Div card(InboxEntry entry) {
        var card = new Div();
        card.addClassName("card");
        if (!entry.read()) {
            card.addClassName("unread");
        }
        var when = new Span(Dates.dateTime(this, entry.createdAt())
                + (entry.read() ? "" : " · " + getTranslation("inbox.unread")));
        when.addClassName("muted");
        card.add(new H3(entry.subject()), when, new Paragraph(entry.body()));
        var link = entry.link();
        if (link != null) {
            var open = new Button(getTranslation("inbox.open"), click -> {
                notifications.markRead(entry.id());
                getUI().ifPresent(ui -> ui.navigate(link));
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(open);
        } else if (!entry.read()) {
            card.add(new Button(getTranslation("inbox.mark-read"), click -> {
                notifications.markRead(entry.id());
                refresh();
            }));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " – " + getTranslation("app.name");
    }
}
