package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.staff.InvitationLink;

/**
 * Shows invitation links once, for the beheerder to copy and pass on: one link after adding a
 * person or asking a new one, a list after a CSV import. Whether they were also mailed is said.
 */
class InvitationLinksDialog extends Dialog {

    final TextField link = new TextField();
    final Grid<InvitationLink> links = new Grid<>();
    final Button copy = new Button();
    final Paragraph mailNote = new Paragraph();

    InvitationLinksDialog(List<InvitationLink> shown) {
        setId("invitation-links");
        setWidth(shown.size() == 1 ? "min(40rem, 100vw)" : "min(64rem, 100vw)");
        var validUntil = shown.stream().map(InvitationLink::validUntil).min(Comparator.<Instant>naturalOrder()).orElseThrow();
        boolean allMailed = shown.stream().allMatch(InvitationLink::mailed);
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addClickListener(click -> Notification.show(getTranslation("staff.invitation.copied"), 2000,
                Notification.Position.BOTTOM_START));
        if (shown.size() == 1) {
            var only = shown.getFirst();
            setHeaderTitle(getTranslation("staff.invitation.title"));
            add(new Paragraph(getTranslation("staff.invitation.explain", only.fullName(), Dates.dateTime(this, validUntil))));
            link.setLabel(getTranslation("staff.invitation.link"));
            link.setValue(only.url());
            link.setReadOnly(true);
            link.setWidthFull();
            // a read-only field selects its whole text on focus, for copying by hand where the browser refuses the clipboard
            link.getElement().addEventListener("focus", event -> { }).addEventData("element.inputElement.select()");
            copy.setText(getTranslation("staff.invitation.copy"));
            Clipboard.onClick(copy).writeText(only.url());
            link.setSuffixComponent(copy);
            mailNote.setText(only.mailed() ? getTranslation("staff.invitation.mailed", only.email())
                    : getTranslation("staff.invitation.not-mailed"));
            add(link);
        } else {
            setHeaderTitle(getTranslation("staff.invitations.title", shown.size()));
            add(new Paragraph(getTranslation("staff.invitations.explain", shown.size(), Dates.dateTime(this, validUntil))));
            links.addColumn(InvitationLink::fullName).setHeader(getTranslation("staff.column.name")).setKey("name");
            links.addColumn(InvitationLink::email).setHeader(getTranslation("staff.column.email")).setKey("email");
            links.addColumn(InvitationLink::url).setHeader(getTranslation("staff.invitation.link")).setFlexGrow(3)
                    .setKey("link");
            links.getColumns().forEach(column -> column.setResizable(true));
            links.setItems(shown);
            links.setAllRowsVisible(shown.size() <= 10);
            copy.setText(getTranslation("staff.invitations.copy-all"));
            // one line per person, name;e-mail;link, ready to paste into a spreadsheet or a mail merge
            Clipboard.onClick(copy).writeText(shown.stream()
                    .map(each -> String.join(";", each.fullName(), each.email(), each.url()))
                    .collect(Collectors.joining("\n")));
            mailNote.setText(allMailed ? getTranslation("staff.invitations.mailed")
                    : getTranslation("staff.invitation.not-mailed"));
            add(copy, links);
        }
        add(mailNote, new Paragraph(getTranslation("staff.invitation.once")));
        var close = new Button(getTranslation("action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
